package org.aigc.games.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * GM-02: offers to minors above the NPPA 2019 top-up limits: none under 8, at most 50 RMB per top-up from 8 to 15,
 * at most 100 RMB from 16 to 17. Without an age band the 8-15 limit applies.
 */
@ApplicationScoped
public class MinorSpendingCheck implements NamedCheck {

    @Override
    public String name() {
        return "minor-spending-limit";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        JsonNode input = context.input();
        if (input == null || !input.path("includesMinors").asBoolean(false)) {
            return List.of();
        }
        JsonNode offer = input.path("offer");
        if (!offer.path("priceCny").isNumber()) {
            return List.of();
        }
        BigDecimal price = offer.path("priceCny").decimalValue();
        BigDecimal limit = switch (offer.path("minorAgeBand").asText("8-15")) {
            case "under-8" -> BigDecimal.ZERO;
            case "16-17" -> BigDecimal.valueOf(100);
            default -> BigDecimal.valueOf(50);
        };
        return price.compareTo(limit) > 0
                ? List.of("offer of " + price.toPlainString() + " RMB (limit " + limit + " RMB per top-up)")
                : List.of();
    }
}
