package org.aigc.finance.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.aigc.finance.domain.ClientProfile;
import org.aigc.finance.domain.FinancialProduct;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * Suitability: copy about a product for a client whose risk tolerance is below the product's risk level goes to a
 * human (the rule's action is REVIEW). Reads the stored product and client of the request, by tenant.
 */
@ApplicationScoped
public class SuitabilityCheck implements NamedCheck {

    @Override
    public String name() {
        return "suitability";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        if (context.input() == null) {
            return List.of();
        }
        Optional<FinancialProduct> product = FinancialProduct.byCode(context.tenantId(),
                context.input().path("productCode").asText(""));
        Optional<ClientProfile> client = ClientProfile.byRef(context.tenantId(),
                context.input().path("clientRef").asText(""));
        if (product.isEmpty() || client.isEmpty()) {
            return List.of();
        }
        int risk = product.get().riskRank();
        int tolerance = org.aigc.finance.domain.RiskLevel.rank(client.get().riskTolerance);
        return risk > tolerance
                ? List.of("product " + product.get().code + " is " + product.get().riskLevel
                        + ", above the client's tolerance " + client.get().riskTolerance)
                : List.of();
    }
}
