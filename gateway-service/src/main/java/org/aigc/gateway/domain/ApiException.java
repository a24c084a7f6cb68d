package org.aigc.gateway.domain;

import java.util.List;
import org.aigc.contracts.FieldError;

/** An error to report to the HTTP caller as a problem document of the given type. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
