package org.aigc.generation.domain;

import org.aigc.contracts.TokenUsage;

/** A model call that failed with a stable {@link ErrorCode}; {@code retryable} says whether another attempt may help. */
public class ModelCallException extends RuntimeException {

    private final ErrorCode code;
    private final boolean retryable;
    private final TokenUsage usage;

    public ModelCallException(ErrorCode code, boolean retryable, String message, Throwable cause) {
        this(code, retryable, message, cause, TokenUsage.ZERO);
    }

    /** A failure after the provider already billed tokens (e.g. an answer without usable content). */
    public ModelCallException(ErrorCode code, boolean retryable, String message, Throwable cause, TokenUsage usage) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
        this.usage = usage == null ? TokenUsage.ZERO : usage;
    }

    public ModelCallException(ErrorCode code, String message) {
        this(code, false, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }

    /** Tokens spent despite the failure; usually none. */
    public TokenUsage usage() {
        return usage;
    }
}
