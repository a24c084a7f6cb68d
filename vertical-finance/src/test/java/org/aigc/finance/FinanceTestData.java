package org.aigc.finance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.util.UUID;
import org.aigc.finance.domain.ClientProfile;
import org.aigc.finance.domain.FinancialProduct;
import org.aigc.finance.domain.ResearchDocument;

/** Small builders for the finance rows a pipeline test needs. */
final class FinanceTestData {

    private FinanceTestData() {
    }

    static String product(String tenant, String type, String risk, String performance) {
        String code = "P-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            FinancialProduct p = new FinancialProduct();
            p.tenantId = tenant;
            p.code = code;
            p.name = "Test " + type + " " + risk;
            p.type = type;
            p.riskLevel = risk;
            p.managementFeePct = new BigDecimal("1.2500");
            p.entryFeePct = new BigDecimal("0.5000");
            p.performance = performance;
            p.persist();
        });
        return code;
    }

    static String client(String tenant, String tolerance) {
        String ref = "C-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            ClientProfile c = new ClientProfile();
            c.tenantId = tenant;
            c.clientRef = ref;
            c.riskTolerance = tolerance;
            c.horizon = "long";
            c.persist();
        });
        return ref;
    }

    static long document(String tenant, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ResearchDocument d = new ResearchDocument();
            d.tenantId = tenant;
            d.title = "Q3 results";
            d.kind = "earnings";
            d.issuer = "ACME Corp";
            d.text = text;
            d.persist();
            return d.id;
        });
    }
}
