package org.aigc.ecommerce.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** promo-copy: the tenant's product (and its price reference for the request's market). */
@ApplicationScoped
public class PromoCopyEnricher implements TaskEnricher {

    private final ProductFacts facts;

    PromoCopyEnricher(ProductFacts facts) {
        this.facts = facts;
    }

    @Override
    public String task() {
        return "promo-copy";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        return facts.model(request);
    }
}
