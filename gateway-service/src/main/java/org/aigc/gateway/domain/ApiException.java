package org.aigc.gateway.domain;

import java.util.List;
import java.util.Map;
import org.aigc.contracts.FieldError;

/** An error to report to the HTTP caller as a problem document of the given type, with optional extra headers. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Headers the problem response carries, e.g. {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}
