package org.aigc.ecommerce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.aigc.contracts.Json;
import org.aigc.ecommerce.domain.Product;

/** A product as the API shows it. */
public record ProductView(String sku, String title, String category, JsonNode attributes, String brand,
        String registration, JsonNode allowedClaims, Integer stock) {

    static ProductView of(Product product) {
        return new ProductView(product.sku, product.title, product.category, Json.tree(product.attributes),
                product.brand, product.registration, Json.tree(product.allowedClaims), product.stock);
    }
}
