package org.aigc.finance.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.contracts.Json;
import org.aigc.finance.domain.FinancialProduct;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * FN-04: gross performance only next to net performance; hypothetical or back-tested performance only for a
 * qualified audience (input {@code audience = qualified}) with the hypothetical-performance disclosure in the text;
 * trailing-period performance of a product for the 1-, 5- and 10-year periods ({@link PerformancePeriods}).
 */
@ApplicationScoped
public class PerformancePresentationCheck implements NamedCheck {

    private static final Pattern GROSS = Pattern.compile("\\bgross (?:of fees )?(?:return|performance)s?\\b|毛收益|费前收益",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NET = Pattern.compile("\\bnet (?:of fees )?(?:return|performance)s?\\b|净收益|费后收益",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:hypothetical|back-?tested|simulated) "
            + "(?:return|performance|results?)s?\\b|模拟业绩|回测(?:收益|业绩)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL_DISCLOSURE = Pattern.compile("hypothetical performance (?:is|has) "
            + "(?:inherent )?limitations|模拟业绩不代表", Pattern.CASE_INSENSITIVE);

    /** Where a product's own performance is presented (commentary and summaries quote markets and sources). */
    private static final Set<String> PERIOD_TASKS = Set.of("product-description", "client-letter");

    @Override
    public String name() {
        return "performance-presentation";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        List<String> found = new ArrayList<>();
        Matcher gross = GROSS.matcher(normalisedText);
        if (gross.find() && !NET.matcher(normalisedText).find()) {
            found.add(gross.group());
        }
        Matcher hypothetical = HYPOTHETICAL.matcher(normalisedText);
        boolean qualified = context.input() != null && "qualified".equals(context.input().path("audience").asText());
        if (hypothetical.find() && !(qualified && HYPOTHETICAL_DISCLOSURE.matcher(normalisedText).find())) {
            found.add(hypothetical.group());
        }
        if (context.task() == null || PERIOD_TASKS.contains(context.task())) {
            found.addAll(PerformancePeriods.problems(normalisedText, historyYears(context)));
        }
        return found;
    }

    /** Years of stored history of the request's product, or -1 when there is no product to go by. */
    private static int historyYears(ScreeningContext context) {
        String code = context.input() == null ? "" : context.input().path("productCode").asText("");
        return FinancialProduct.byCode(context.tenantId(), code).map(p -> Json.tree(p.performance).size())
                .orElse(-1);
    }
}
