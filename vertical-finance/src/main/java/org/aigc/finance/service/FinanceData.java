package org.aigc.finance.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Json;
import org.aigc.finance.domain.ClientProfile;
import org.aigc.finance.domain.FinancialProduct;
import org.aigc.finance.domain.ResearchDocument;
import org.aigc.vertical.service.EnrichmentException;

/** Looks up the tenant's data a request refers to; a reference the tenant does not have rejects the request. */
@ApplicationScoped
public class FinanceData {

    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };

    /** The product named by {@code productCode}, if the input names one. */
    public Optional<FinancialProduct> product(String tenantId, JsonNode input) {
        if (!input.hasNonNull("productCode")) {
            return Optional.empty();
        }
        String code = input.path("productCode").asText();
        return Optional.of(FinancialProduct.byCode(tenantId, code).orElseThrow(() -> unknown("UNKNOWN_PRODUCT",
                "productCode", "no product '" + code + "' in your catalogue")));
    }

    public Optional<ClientProfile> client(String tenantId, JsonNode input) {
        if (!input.hasNonNull("clientRef")) {
            return Optional.empty();
        }
        String ref = input.path("clientRef").asText();
        return Optional.of(ClientProfile.byRef(tenantId, ref).orElseThrow(() -> unknown("UNKNOWN_CLIENT",
                "clientRef", "no client profile '" + ref + "'")));
    }

    public Optional<ResearchDocument> document(String tenantId, JsonNode input) {
        if (!input.hasNonNull("documentId")) {
            return Optional.empty();
        }
        long id = input.path("documentId").asLong();
        return Optional.of(ResearchDocument.byId(tenantId, id).orElseThrow(() -> unknown("UNKNOWN_DOCUMENT",
                "documentId", "no research document " + id)));
    }

    /** The product as the prompt templates see it. */
    public static Map<String, Object> view(FinancialProduct p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", p.code);
        view.put("name", p.name);
        view.put("type", p.type);
        view.put("riskLevel", p.riskLevel);
        view.put("managementFeePct", p.managementFeePct.toPlainString());
        view.put("entryFeePct", p.entryFeePct.toPlainString());
        view.put("performance", Json.MAPPER.convertValue(Json.tree(p.performance), ROWS));
        return view;
    }

    public static Map<String, Object> view(ClientProfile c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("clientRef", c.clientRef);
        view.put("riskTolerance", c.riskTolerance);
        view.put("horizon", c.horizon == null ? "not stated" : c.horizon);
        return view;
    }

    private static EnrichmentException unknown(String code, String field, String reason) {
        return new EnrichmentException(code, reason, List.of(new FieldError(field, reason)));
    }
}
