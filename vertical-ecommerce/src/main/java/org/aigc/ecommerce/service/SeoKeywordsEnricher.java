package org.aigc.ecommerce.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** seo-keywords: the tenant's product (and its price reference for the request's market). */
@ApplicationScoped
public class SeoKeywordsEnricher implements TaskEnricher {

    private final ProductFacts facts;

    SeoKeywordsEnricher(ProductFacts facts) {
        this.facts = facts;
    }

    @Override
    public String task() {
        return "seo-keywords";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        return facts.model(request);
    }
}
