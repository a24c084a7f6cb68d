package org.aigc.ecommerce.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.Json;
import org.aigc.ecommerce.domain.Product;
import org.aigc.vertical.service.EnrichmentException;
import org.aigc.vertical.service.TaskEnricher;

/** Puts the tenant's product into the listing prompt as {@code product}; an unknown SKU rejects the request. */
@ApplicationScoped
public class ProductListingEnricher implements TaskEnricher {

    private static final TypeReference<TreeMap<String, Object>> ATTRIBUTES = new TypeReference<>() {
    };

    @Override
    public String task() {
        return "product-listing";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        String sku = request.input().path("sku").asText();
        Product product = Product.bySku(request.tenantId(), sku).orElseThrow(() -> new EnrichmentException(
                "UNKNOWN_PRODUCT", "no product with SKU '" + sku + "' in your catalogue",
                List.of(new FieldError("sku", "no product with this SKU"))));
        // sorted, so the same product always renders the same prompt
        Map<String, Object> attributes = Json.MAPPER.convertValue(Json.tree(product.attributes), ATTRIBUTES);
        return Map.of("product", Map.of("sku", product.sku, "title", product.title, "category", product.category,
                "attributes", attributes));
    }
}
