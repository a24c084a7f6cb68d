package org.aigc.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.aigc.contracts.FieldError;
import org.aigc.gateway.domain.ProblemType;

/**
 * An RFC 9457 problem document. {@code requestId} (the {@code X-Request-Id}) and {@code errors} (invalid fields) are
 * extension members.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, String requestId,
            List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, requestId, errors);
    }
}
