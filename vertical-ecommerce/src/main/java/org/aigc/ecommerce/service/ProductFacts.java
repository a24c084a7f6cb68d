package org.aigc.ecommerce.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.Json;
import org.aigc.ecommerce.domain.Product;
import org.aigc.vertical.service.EnrichmentException;

/**
 * The product facts every e-commerce prompt is written from: the tenant's product (an unknown SKU rejects the
 * request) and, for a market, the current price and the reference price a reduction claim must use.
 */
@ApplicationScoped
public class ProductFacts {

    private static final TypeReference<TreeMap<String, Object>> ATTRIBUTES = new TypeReference<>() {
    };

    public Product product(GenerationRequested request) {
        String sku = request.input().path("sku").asText();
        return Product.bySku(request.tenantId(), sku).orElseThrow(() -> new EnrichmentException("UNKNOWN_PRODUCT",
                "no product with SKU '" + sku + "' in your catalogue",
                List.of(new FieldError("sku", "no product with this SKU"))));
    }

    /** {@code product} (sorted attributes, so a product always renders the same prompt) and {@code pricing}. */
    public Map<String, Object> model(GenerationRequested request) {
        Product product = product(request);
        Map<String, Object> view = new HashMap<>();
        view.put("sku", product.sku);
        view.put("title", product.title);
        view.put("category", product.category);
        view.put("brand", product.brand == null ? "" : product.brand);
        view.put("attributes", Json.MAPPER.convertValue(Json.tree(product.attributes), ATTRIBUTES));
        Map<String, Object> model = new HashMap<>();
        model.put("product", view);
        String market = request.input().path("market").asText("");
        int days = "CN".equals(market) ? 7 : 30;
        PriceReference.of(request.tenantId(), product.sku, market, days, Instant.now()).ifPresent(p -> model.put(
                "pricing", Map.of("market", market, "current", p.current().toPlainString(), "reference",
                        p.prior().toPlainString(), "days", days, "reductionPct", p.reductionPct().toPlainString())));
        return model;
    }
}
