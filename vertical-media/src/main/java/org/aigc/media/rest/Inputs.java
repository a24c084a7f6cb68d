package org.aigc.media.rest;

import jakarta.ws.rs.WebApplicationException;
import java.util.Set;
import org.aigc.vertical.rest.Problem;

/** Field checks for the CRUD resources: every text is bounded, every failure is a 400 problem document. */
final class Inputs {

    static final String INVALID = "https://aigc.dev/problems/invalid-request";
    static final String NOT_FOUND = "https://aigc.dev/problems/not-found";
    static final int MAX_PAGE_SIZE = 100;

    private Inputs() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw invalid("a JSON body is required");
        }
        return body;
    }

    /** The stripped text; required texts must not be blank; null stays null for optional ones. */
    static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw invalid(field + " is required");
            }
            return value == null ? null : "";
        }
        if (value.length() > max) {
            throw invalid(field + " must be at most " + max + " characters");
        }
        return value.strip();
    }

    static String oneOf(String field, String value, Set<String> allowed, boolean required) {
        String v = text(field, value, 64, required);
        if (v != null && !v.isEmpty() && !allowed.contains(v)) {
            throw invalid(field + " must be one of " + allowed.stream().sorted().toList());
        }
        return v;
    }

    static int range(String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            throw invalid(field + " is required, between " + min + " and " + max);
        }
        return value;
    }

    static void page(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw invalid("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
    }

    static WebApplicationException invalid(String detail) {
        return new WebApplicationException(new Problem(INVALID, "Invalid request", 400, detail).toResponse());
    }

    static WebApplicationException notFound(String what, Object id) {
        return new WebApplicationException(new Problem(NOT_FOUND, what + " not found", 404,
                "no " + what.toLowerCase() + " with id " + id + " for your tenant").toResponse());
    }
}
