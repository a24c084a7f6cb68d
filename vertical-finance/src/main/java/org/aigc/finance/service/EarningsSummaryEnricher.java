package org.aigc.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** earnings-summary: the stored research document named by {@code documentId}, if any (else the request's own text). */
@ApplicationScoped
public class EarningsSummaryEnricher implements TaskEnricher {

    private final FinanceData data;

    EarningsSummaryEnricher(FinanceData data) {
        this.data = data;
    }

    @Override
    public String task() {
        return "earnings-summary";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        Map<String, Object> model = new HashMap<>();
        data.document(request.tenantId(), request.input()).ifPresent(d -> model.put("document",
                Map.of("title", d.title, "issuer", d.issuer == null ? "" : d.issuer, "text", d.text)));
        return model;
    }
}
