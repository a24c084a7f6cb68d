package org.aigc.vertical.service;

/** The task has no usable prompt (no active template, or the template does not render): the generation FAILS. */
public class PromptException extends RuntimeException {

    private final String errorCode;

    public PromptException(String errorCode, String reason, Throwable cause) {
        super(reason, cause);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
