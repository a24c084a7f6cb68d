package org.aigc.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** client-letter: the client's risk tolerance and horizon, and the product the letter is about, if any. */
@ApplicationScoped
public class ClientLetterEnricher implements TaskEnricher {

    private final FinanceData data;

    ClientLetterEnricher(FinanceData data) {
        this.data = data;
    }

    @Override
    public String task() {
        return "client-letter";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        Map<String, Object> model = new HashMap<>();
        data.client(request.tenantId(), request.input()).ifPresent(c -> model.put("client", FinanceData.view(c)));
        data.product(request.tenantId(), request.input()).ifPresent(p -> model.put("product", FinanceData.view(p)));
        return model;
    }
}
