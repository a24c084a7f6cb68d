package org.aigc.ecommerce.rest;

import jakarta.ws.rs.WebApplicationException;
import java.util.Collection;
import org.aigc.ecommerce.domain.Product;
import org.aigc.vertical.rest.Problem;

/** Validation and problem documents shared by the product sub-resources (prices, listings, reviews). */
final class Requests {

    static final int MAX_PAGE_SIZE = 100;

    private Requests() {
    }

    static WebApplicationException invalid(String detail) {
        return new WebApplicationException(new Problem("https://aigc.dev/problems/invalid-request", "Invalid request",
                400, detail).toResponse());
    }

    static WebApplicationException notFound(String detail) {
        return new WebApplicationException(new Problem("https://aigc.dev/problems/not-found", "Not found", 404,
                detail).toResponse());
    }

    /** The tenant's product, or 404: sub-resources exist only under a product of the caller's catalogue. */
    static Product product(String tenantId, String sku) {
        return Product.bySku(tenantId, sku)
                .orElseThrow(() -> notFound("no product with SKU '" + sku + "' in your catalogue"));
    }

    static void paging(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw invalid("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
    }

    static String text(String field, String value, int min, int max) {
        if (value == null || value.strip().length() < min || value.length() > max) {
            throw invalid(field + " is required, " + min + " to " + max + " characters");
        }
        return value.strip();
    }

    static String oneOf(String field, String value, Collection<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw invalid(field + " must be one of " + allowed);
        }
        return value;
    }
}
