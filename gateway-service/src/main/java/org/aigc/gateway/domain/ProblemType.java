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
    BUDGET_EXCEEDED(402, "budget-exceeded", "Monthly budget exhausted"),
    TENANT_DISABLED(403, "tenant-disabled", "Tenant disabled"),
    VERTICAL_NOT_ALLOWED(403, "vertical-not-allowed", "Vertical not allowed for this tenant"),
    TASK_NOT_ALLOWED(403, "task-not-allowed", "Task not allowed for this tenant"),
    MODEL_NOT_ALLOWED(403, "model-not-allowed", "Model not allowed for this tenant"),
    NOT_FOUND(404, "not-found", "Not found"),
    MODEL_NOT_FOUND(404, "model-not-found", "Unknown model"),
    KEY_NOT_FOUND(404, "key-not-found", "API key not found"),
    UNKNOWN_VERTICAL(404, "unknown-vertical", "Unknown vertical"),
    JOB_NOT_FOUND(404, "job-not-found", "Job not found"),
    TENANT_NOT_FOUND(404, "tenant-not-found", "Tenant not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    JOB_NOT_CANCELLABLE(409, "job-not-cancellable", "Job already finished"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key reused with a different body"),
    INPUT_BLOCKED(400, "input-blocked", "Input refused by screening"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    TOKEN_QUOTA_EXCEEDED(429, "token-quota-exceeded", "Daily token quota exhausted"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    MODEL_FAILED(502, "model-failed", "The model call failed"),
    MODEL_TIMEOUT(504, "model-timeout", "The model did not answer in time"),
    UPSTREAM_UNAVAILABLE(502, "upstream-unavailable", "Industry service unreachable"),
    VERTICAL_UNAVAILABLE(503, "vertical-unavailable", "Vertical not available on this gateway"),
    STREAM_TIMEOUT(504, "stream-timeout", "No result within the stream's time limit"),
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
