package org.aigc.ecommerce.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.ecommerce.service.ListingText;
import org.aigc.ecommerce.service.PriceReference;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * Price-reduction claims judged against the product's price history in the request's {@code market}. A claim with no
 * history to back it, a former price above the reference, or a reduction larger than the real one from the reference
 * (one point of rounding allowed) is an excerpt. Subclasses give the market, the window and the claim patterns.
 */
abstract class PriceClaimsCheck implements NamedCheck {

    /** A price with an optional currency sign or unit, e.g. €49.99, ¥199, 199元; group 1 is the number. */
    static final String AMOUNT = "[€£$¥￥]?\\s*(\\d+(?:[.,]\\d{1,2})?)\\s*(?:元|eur\\b|euros?\\b)?";

    /** A claim found in the text: the excerpt and its number (a former price, or a reduction in percent). */
    record Claim(String excerpt, BigDecimal value) {
    }

    private final String market;
    private final int days;

    PriceClaimsCheck(String market, int days) {
        this.market = market;
        this.days = days;
    }

    abstract List<Claim> formerPrices(String text);

    abstract List<Claim> reductions(String text);

    /** Other reduction markers ("sale", "直降"): they need a reference price to exist at all. */
    abstract Pattern marker();

    @Override
    public List<String> find(String text, ScreeningContext context) {
        if (!market.equalsIgnoreCase(ListingText.input(context, "market"))) {
            return List.of();
        }
        Optional<PriceReference> reference = PriceReference.of(context.tenantId(), ListingText.input(context, "sku"),
                market, days, Instant.now());
        List<String> found = new ArrayList<>();
        for (Claim was : formerPrices(text)) {
            if (reference.isEmpty() || was.value().compareTo(reference.get().prior()) > 0) {
                found.add(was.excerpt());
            }
        }
        for (Claim pct : reductions(text)) {
            if (reference.isEmpty() || pct.value().compareTo(reference.get().reductionPct().add(BigDecimal.ONE)) > 0) {
                found.add(pct.excerpt());
            }
        }
        if (reference.isEmpty()) {
            Matcher other = marker().matcher(text);
            while (other.find()) {
                found.add(other.group());
            }
        }
        return found;
    }

    /** Every match of the pattern, with the number from its first non-null group. */
    static List<Claim> claims(Pattern pattern, String text, java.util.function.UnaryOperator<BigDecimal> toValue) {
        List<Claim> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(new Claim(m.group(), toValue.apply(new BigDecimal(m.group(g).replace(',', '.')))));
                    break;
                }
            }
        }
        return out;
    }
}
