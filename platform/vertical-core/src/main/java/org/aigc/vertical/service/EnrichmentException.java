package org.aigc.vertical.service;

import java.util.List;
import org.aigc.contracts.FieldError;

/** The request refers to data the vertical does not have for this tenant: the generation is REJECTED. */
public class EnrichmentException extends RuntimeException {

    private final String errorCode;
    private final List<FieldError> fieldErrors;

    public EnrichmentException(String errorCode, String reason, List<FieldError> fieldErrors) {
        super(reason);
        this.errorCode = errorCode;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public String errorCode() {
        return errorCode;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
