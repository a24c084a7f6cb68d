package org.aigc.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** product-description: the stored product (type, risk level, fees, yearly performance) and, if named, the client. */
@ApplicationScoped
public class ProductDescriptionEnricher implements TaskEnricher {

    private final FinanceData data;

    ProductDescriptionEnricher(FinanceData data) {
        this.data = data;
    }

    @Override
    public String task() {
        return "product-description";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        Map<String, Object> model = new HashMap<>();
        data.product(request.tenantId(), request.input()).ifPresent(p -> model.put("product", FinanceData.view(p)));
        data.client(request.tenantId(), request.input()).ifPresent(c -> model.put("client", FinanceData.view(c)));
        return model;
    }
}
