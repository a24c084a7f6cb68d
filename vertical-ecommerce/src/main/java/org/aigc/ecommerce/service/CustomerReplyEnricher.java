package org.aigc.ecommerce.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** customer-reply: the product the customer asks about, when the request names one. */
@ApplicationScoped
public class CustomerReplyEnricher implements TaskEnricher {

    private final ProductFacts facts;

    CustomerReplyEnricher(ProductFacts facts) {
        this.facts = facts;
    }

    @Override
    public String task() {
        return "customer-reply";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        return request.input().hasNonNull("sku") ? facts.model(request) : Map.of();
    }
}
