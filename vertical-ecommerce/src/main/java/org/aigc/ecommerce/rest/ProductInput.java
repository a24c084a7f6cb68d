package org.aigc.ecommerce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import java.util.regex.Pattern;
import org.aigc.vertical.rest.Problem;

/** A product as a client sends it; {@link #validate} bounds every field. */
public record ProductInput(String title, String category, JsonNode attributes, String brand, String registration,
        JsonNode allowedClaims, Integer stock) {

    static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final int MAX_TITLE = 300;
    static final int MAX_CATEGORY = 64;
    static final int MAX_ATTRIBUTES_CHARS = 8_000;

    static ProductInput validate(String sku, ProductInput input) {
        if (!SKU.matcher(sku).matches()) {
            throw invalid("sku must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (input == null) {
            throw invalid("a JSON body with title, category and attributes is required");
        }
        if (input.title() == null || input.title().isBlank() || input.title().length() > MAX_TITLE) {
            throw invalid("title is required, at most " + MAX_TITLE + " characters");
        }
        if (input.category() == null || input.category().isBlank() || input.category().length() > MAX_CATEGORY) {
            throw invalid("category is required, at most " + MAX_CATEGORY + " characters");
        }
        JsonNode attributes = input.attributes() == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode() : input.attributes();
        if (!attributes.isObject() || attributes.toString().length() > MAX_ATTRIBUTES_CHARS) {
            throw invalid("attributes must be a JSON object of at most " + MAX_ATTRIBUTES_CHARS + " characters");
        }
        if (input.brand() != null && input.brand().length() > MAX_CATEGORY) {
            throw invalid("brand is at most " + MAX_CATEGORY + " characters");
        }
        if (input.registration() != null && input.registration().length() > 16) {
            throw invalid("registration is at most 16 characters");
        }
        JsonNode claims = input.allowedClaims() == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.arrayNode() : input.allowedClaims();
        if (!claims.isArray() || claims.size() > 30 || claims.toString().length() > 2_000) {
            throw invalid("allowedClaims must be an array of at most 30 strings");
        }
        if (input.stock() != null && (input.stock() < 0 || input.stock() > 10_000_000)) {
            throw invalid("stock must be between 0 and 10000000");
        }
        return new ProductInput(input.title().strip(), input.category().strip(), attributes, input.brand(),
                input.registration(), claims, input.stock());
    }

    static WebApplicationException invalid(String detail) {
        return new WebApplicationException(new Problem("https://aigc.dev/problems/invalid-product",
                "Invalid product", 400, detail).toResponse());
    }
}
