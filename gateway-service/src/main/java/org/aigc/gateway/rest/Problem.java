package org.aigc.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.aigc.contracts.FieldError;
import org.aigc.gateway.domain.ProblemType;

/**
 * An RFC 9457 problem document. {@code requestId} (the {@code X-Request-Id}) and {@code errors} (invalid fields) are
 * extension members; so is {@code error}, the OpenAI error object, added on the OpenAI-compatible {@code /v1/...}
 * paths so that OpenAI client libraries show the message.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors, OpenAiError error) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The shape OpenAI clients read: {@code {"error": {"message", "type", "code"}}}. */
    public record OpenAiError(String message, String type, String code) {
    }

    public static Problem of(ProblemType type, String detail, String instance, String requestId,
            List<FieldError> errors) {
        OpenAiError openAi = instance != null && instance.startsWith("/v1/")
                ? new OpenAiError(detail, type.status() >= 500 ? "server_error" : "invalid_request_error",
                        type.uri().toString().substring(ProblemType.BASE.length()))
                : null;
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, requestId, errors, openAi);
    }
}
