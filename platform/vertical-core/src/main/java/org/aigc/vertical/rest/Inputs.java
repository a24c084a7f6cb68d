package org.aigc.vertical.rest;

import jakarta.ws.rs.WebApplicationException;
import java.util.Set;

/**
 * Field checks for the industries' tenant-scoped CRUD resources: every text is bounded, every failure is a 400 (or
 * 404) problem document.
 */
public final class Inputs {

    public static final String INVALID = "https://aigc.dev/problems/invalid-request";
    public static final String NOT_FOUND = "https://aigc.dev/problems/not-found";
    public static final int MAX_PAGE_SIZE = 100;

    private Inputs() {
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw invalid("a JSON body is required");
        }
        return body;
    }

    /** The stripped text; required texts must not be blank; null stays null for optional ones. */
    public static String text(String field, String value, int max, boolean required) {
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

    public static String oneOf(String field, String value, Set<String> allowed, boolean required) {
        String v = text(field, value, 64, required);
        if (v != null && !v.isEmpty() && !allowed.contains(v)) {
            throw invalid(field + " must be one of " + allowed.stream().sorted().toList());
        }
        return v;
    }

    public static int range(String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            throw invalid(field + " is required, between " + min + " and " + max);
        }
        return value;
    }

    public static void page(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw invalid("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
    }

    public static WebApplicationException invalid(String detail) {
        return new WebApplicationException(new Problem(INVALID, "Invalid request", 400, detail).toResponse());
    }

    public static WebApplicationException notFound(String what, Object id) {
        return new WebApplicationException(new Problem(NOT_FOUND, what + " not found", 404,
                "no " + what.toLowerCase() + " with id " + id + " for your tenant").toResponse());
    }

    /** A bounded list of bounded strings, as the JSON array text stored in a jsonb column. */
    public static String strings(String field, java.util.List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return "[]";
        }
        if (values.size() > maxItems) {
            throw invalid(field + " may hold at most " + maxItems + " entries");
        }
        java.util.List<String> clean = new java.util.ArrayList<>();
        for (String v : values) {
            if (v == null || v.isBlank() || v.length() > maxLength) {
                throw invalid(field + " entries must be 1-" + maxLength + " characters");
            }
            clean.add(v.strip());
        }
        return org.aigc.contracts.Json.write(clean);
    }

    public static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(field + " must be a date (YYYY-MM-DD)");
        }
    }
}
