package org.aigc.ecommerce.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** product-listing: the tenant's product and its price reference for the listing's market. */
@ApplicationScoped
public class ProductListingEnricher implements TaskEnricher {

    private final ProductFacts facts;

    ProductListingEnricher(ProductFacts facts) {
        this.facts = facts;
    }

    @Override
    public String task() {
        return "product-listing";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        return facts.model(request);
    }
}
