package org.aigc.finance.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.aigc.finance.domain.ClientProfile;
import org.aigc.finance.domain.FinancialProduct;
import org.aigc.finance.domain.ResearchDocument;
import org.aigc.vertical.rest.TenantHeader;

/**
 * A small fictional data set for the caller's tenant: three products across the risk scale (a bank wealth product
 * R1, a bond fund R2 with a losing year, an equity fund R5), two clients (cautious R2, growth R4) and one earnings
 * release. {@code client-letter} for client DEMO-CAUTIOUS about DEMO-EQUITY is the suitability mismatch (product R5
 * above tolerance R2: FN-SUIT holds it for review). Idempotent: a tenant that already has products gets 200 and
 * nothing new. {@code ./aigc up} calls it through the gateway with the demo key.
 */
@Path("/api/v1/finance/demo-data")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    @POST
    @Transactional
    public Response seed(@HeaderParam(TenantHeader.NAME) String tenant) {
        String tenantId = TenantHeader.require(tenant);
        if (FinancialProduct.count("tenantId", tenantId) > 0) {
            return Response.ok(Map.of("seeded", false)).build();
        }
        product(tenantId, "DEMO-WMP", "Harbour Bank Steady Income Wealth Product", "bank-wmp", "R1", "0.3000",
                "0.0000", "[{\"year\": 2023, \"returnPct\": \"2.10\"}, {\"year\": 2024, \"returnPct\": \"2.35\"}]");
        product(tenantId, "DEMO-BOND", "Northwind Euro Bond Fund (class A)", "fund", "R2", "0.6500", "1.0000",
                "[{\"year\": 2021, \"returnPct\": \"0.80\"}, {\"year\": 2022, \"returnPct\": \"-9.40\"},"
                        + " {\"year\": 2023, \"returnPct\": \"6.10\"}, {\"year\": 2024, \"returnPct\": \"3.20\"}]");
        product(tenantId, "DEMO-EQUITY", "Northwind Global Technology Equity Fund", "fund", "R5", "1.5000",
                "3.0000", "[{\"year\": 2021, \"returnPct\": \"21.40\"}, {\"year\": 2022, \"returnPct\": \"-31.20\"},"
                        + " {\"year\": 2023, \"returnPct\": \"38.50\"}, {\"year\": 2024, \"returnPct\": \"17.90\"}]");
        client(tenantId, "DEMO-CAUTIOUS", "R2", "short", "en-GB");
        client(tenantId, "DEMO-GROWTH", "R4", "long", "zh-CN");
        ResearchDocument doc = new ResearchDocument();
        doc.tenantId = tenantId;
        doc.title = "Contoso Widgets plc - full-year results (fictional)";
        doc.kind = "earnings";
        doc.issuer = "Contoso Widgets plc";
        doc.publishedOn = LocalDate.now().minusDays(3);
        doc.text = "Contoso Widgets plc, a fictional company, reports full-year revenue of EUR 412.5 million, up 6.2% "
                + "on the prior year. Operating profit was EUR 48.1 million and the operating margin 11.7%. Net debt "
                + "fell to EUR 96.0 million. The board proposes a dividend of EUR 0.42 per share. Management expects "
                + "revenue growth of 4% to 6% next year, subject to demand in Europe.";
        doc.persist();
        return Response.status(201).entity(Map.of("seeded", true, "products", 3, "clients", 2, "documentId", doc.id,
                "suitabilityMismatch", Map.of("clientRef", "DEMO-CAUTIOUS", "productCode", "DEMO-EQUITY")))
                .build();
    }

    private static void product(String tenantId, String code, String name, String type, String risk, String fee,
            String entryFee, String performance) {
        FinancialProduct p = new FinancialProduct();
        p.tenantId = tenantId;
        p.code = code;
        p.name = name;
        p.type = type;
        p.riskLevel = risk;
        p.managementFeePct = new BigDecimal(fee);
        p.entryFeePct = new BigDecimal(entryFee);
        p.performance = performance;
        p.persist();
    }

    private static void client(String tenantId, String ref, String tolerance, String horizon, String locale) {
        ClientProfile c = new ClientProfile();
        c.tenantId = tenantId;
        c.clientRef = ref;
        c.riskTolerance = tolerance;
        c.horizon = horizon;
        c.locale = locale;
        c.persist();
    }
}
