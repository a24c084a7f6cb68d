package org.aigc.finance.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aigc.contracts.Json;
import org.aigc.finance.domain.FinancialProduct;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * FN-05: copy that quotes the product's performance but leaves out a losing year of its stored history is flagged
 * for the reviewer (the cherry-picking the SEC Marketing Rule forbids).
 */
@ApplicationScoped
public class CherryPickingCheck implements NamedCheck {

    private static final Pattern QUOTES_PERFORMANCE = Pattern.compile(
            "\\d(?:\\.\\d+)?\\s?%.{0,40}?(?:return|gain|performance)|(?:return|gain|performance|收益|业绩).{0,40}?\\d(?:\\.\\d+)?\\s?%",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "cherry-picking";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        if (context.input() == null || !QUOTES_PERFORMANCE.matcher(normalisedText).find()) {
            return List.of();
        }
        String code = context.input().path("productCode").asText("");
        List<String> omitted = new ArrayList<>();
        FinancialProduct.byCode(context.tenantId(), code).ifPresent(p -> {
            for (JsonNode year : Json.tree(p.performance)) {
                boolean loss = new BigDecimal(year.path("returnPct").asText("0")).signum() < 0;
                if (loss && !normalisedText.contains(year.path("year").asText())) {
                    omitted.add("losing year " + year.path("year").asText() + " not shown");
                }
            }
        });
        return omitted;
    }
}
