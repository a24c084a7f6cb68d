package org.aigc.finance.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.aigc.vertical.rest.Inputs;
import org.aigc.vertical.rest.Problem;

/** Validation and problem documents shared by the finance resources. */
final class Requests {

    static final int MAX_PAGE_SIZE = Inputs.MAX_PAGE_SIZE;
    static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Requests() {
    }

    static WebApplicationException invalid(String detail) {
        return Inputs.invalid(detail);
    }

    static String key(String field, String value) {
        if (value == null || !KEY.matcher(value).matches()) {
            throw invalid(field + " must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    static String oneOf(String field, String value, java.util.Collection<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw invalid(field + " must be one of " + allowed);
        }
        return value;
    }

    static Response notFound(String what, Object id) {
        return new Problem("https://aigc.dev/problems/not-found", "Not found", 404,
                "no " + what + " " + id + " for your organisation").toResponse();
    }

    static void paging(int page, int size) {
        Inputs.page(page, size);
    }

    static String text(String field, String value, int min, int max) {
        if (value == null || value.strip().length() < min || value.length() > max) {
            throw invalid(field + " is required, " + min + " to " + max + " characters");
        }
        return value.strip();
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(field, value, 1, max);
    }
}
