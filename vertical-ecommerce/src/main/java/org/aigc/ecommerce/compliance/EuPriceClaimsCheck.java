package org.aigc.ecommerce.compliance;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * EC-01 (EU, Price Indication Directive 98/6/EC Art 6a): an announced reduction must use the prior price, the lowest
 * price applied in the 30 days before the reduction. "Was" prices above it, percentages not computed on it, and any
 * reduction marker without a price history are caught.
 */
@Singleton
public class EuPriceClaimsCheck extends PriceClaimsCheck {

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern WAS = Pattern.compile("\\b(?:was|previously|reduced from|formerly|statt)\\s*:?\\s*"
            + AMOUNT + "|~~\\s*" + AMOUNT + "\\s*~~", CI);
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?)\\s?%\\s*off\\b"
            + "|\\bsave\\s*(\\d{1,2}(?:\\.\\d+)?)\\s?%|(?<![\\w.])-\\s?(\\d{1,2}(?:\\.\\d+)?)\\s?%", CI);
    private static final Pattern MARKER = Pattern.compile("\\b(?:sale|reduced|discounted|price drop)\\b", CI);

    public EuPriceClaimsCheck() {
        super("EU", 30);
    }

    @Override
    public String name() {
        return "price-claims-eu";
    }

    @Override
    List<Claim> formerPrices(String text) {
        return claims(WAS, text, UnaryOperator.identity());
    }

    @Override
    List<Claim> reductions(String text) {
        return claims(PERCENT, text, UnaryOperator.identity());
    }

    @Override
    Pattern marker() {
        return MARKER;
    }
}
