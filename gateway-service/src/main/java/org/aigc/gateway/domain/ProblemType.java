package org.aigc.gateway.domain;

import java.net.URI;

/**
 * Every kind of error the gateway reports, with its stable RFC 9457 {@code type} URI. Clients branch on the type, so a
 * slug never changes once published.
 */
public enum ProblemType {
    INVALID_REQUEST(400, "invalid-request", "Invalid request"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    UNAUTHORIZED(401, "unauthorized", "Missing or invalid credentials"),
    NOT_FOUND(404, "not-found", "Not found"),
    UNKNOWN_VERTICAL(404, "unknown-vertical", "Unknown vertical"),
    JOB_NOT_FOUND(404, "job-not-found", "Job not found"),
    TENANT_NOT_FOUND(404, "tenant-not-found", "Tenant not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    UPSTREAM_UNAVAILABLE(502, "upstream-unavailable", "Industry service unreachable"),
    VERTICAL_UNAVAILABLE(503, "vertical-unavailable", "Vertical not available on this gateway"),
    UPSTREAM_TIMEOUT(504, "upstream-timeout", "Industry service did not answer in time");

    public static final String BASE = "https://aigc.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String title() {
        return title;
    }

    /** The generic type for an HTTP status the gateway did not classify itself. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type.slug.equals(genericSlug(status))) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
    }

    private static String genericSlug(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "";
        };
    }
}
