package org.aigc.vertical.rest;

import jakarta.ws.rs.WebApplicationException;
import org.aigc.vertical.config.VerticalConfig;

/** The problem documents of the core's REST API, thrown as exceptions that carry their response. */
public final class Problems {

    public static final String INVALID_REQUEST = "https://aigc.dev/problems/invalid-request";
    public static final String NOT_FOUND = "https://aigc.dev/problems/not-found";
    public static final String CONFLICT = "https://aigc.dev/problems/conflict";
    public static final String OUTPUT_BLOCKED = "https://aigc.dev/problems/output-blocked";
    public static final String REVIEWER_REQUIRED = "https://aigc.dev/problems/reviewer-required";

    /** Header naming the person acting (reviewer, administrator), set by the gateway or console. */
    public static final String USER_HEADER = "X-Aigc-User";

    private Problems() {
    }

    public static WebApplicationException invalid(String detail) {
        return problem(INVALID_REQUEST, "Invalid request", 400, detail);
    }

    public static WebApplicationException notFound(String detail) {
        return problem(NOT_FOUND, "Not found", 404, detail);
    }

    public static WebApplicationException conflict(String detail) {
        return problem(CONFLICT, "Conflict", 409, detail);
    }

    public static WebApplicationException problem(String type, String title, int status, String detail) {
        return new WebApplicationException(new Problem(type, title, status, detail).toResponse());
    }

    /** 404 unless the path names this service's vertical. */
    public static void requireVertical(VerticalConfig config, String vertical) {
        if (!config.name().equals(vertical)) {
            throw problem(Problem.UNKNOWN_VERTICAL, "Unknown vertical", 404,
                    "this service serves vertical '" + config.name() + "', not '" + vertical + "'");
        }
    }
}
