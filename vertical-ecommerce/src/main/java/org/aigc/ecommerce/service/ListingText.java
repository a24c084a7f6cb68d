package org.aigc.ecommerce.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.ecommerce.domain.Product;
import org.aigc.vertical.compliance.ScreeningContext;

/** What e-commerce checks read besides the text: the listing title of a JSON answer, the request's product. */
public final class ListingText {

    private ListingText() {
    }

    /** The {@code title} of a JSON answer (product-listing), if the text is one. */
    public static Optional<String> title(String text) {
        try {
            JsonNode node = Json.tree(text);
            return node.hasNonNull("title") ? Optional.of(node.get("title").asText()) : Optional.empty();
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }

    public static String input(ScreeningContext context, String field) {
        return context.input() == null ? "" : context.input().path(field).asText("");
    }

    /** The tenant's product named by the request's {@code sku}. */
    public static Optional<Product> product(ScreeningContext context) {
        String sku = input(context, "sku");
        return sku.isEmpty() ? Optional.empty() : Product.bySku(context.tenantId(), sku);
    }

    public static boolean category(ScreeningContext context, String category) {
        return product(context).map(p -> category.equalsIgnoreCase(p.category)).orElse(false);
    }
}
