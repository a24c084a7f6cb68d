package org.aigc.health.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.aigc.vertical.rest.Inputs;
import org.aigc.vertical.rest.Problem;

/** Validation and problem documents shared by the health resources. */
final class Requests {

    static final int MAX_PAGE_SIZE = Inputs.MAX_PAGE_SIZE;
    static final Set<String> READING_LEVELS = Set.of("grade-5", "grade-8", "grade-12");

    private Requests() {
    }

    static WebApplicationException invalid(String detail) {
        return Inputs.invalid(detail);
    }

    static Response notFound(String what, long id) {
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
