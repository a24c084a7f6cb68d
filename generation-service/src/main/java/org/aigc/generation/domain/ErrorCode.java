package org.aigc.generation.domain;

/** Stable error codes of a FAILED {@code ModelCallCompleted}; the verticals map them to their own outcomes. */
public enum ErrorCode {
    /** The call exceeded its deadline (or every attempt timed out). */
    MODEL_TIMEOUT,
    /** The provider kept answering 429 until the retries were spent. */
    MODEL_RATE_LIMITED,
    /** Any other provider or transport failure (5xx, 4xx, connection refused, ...). */
    MODEL_ERROR,
    /** The provider answered, but not with a usable chat completion. */
    MODEL_BAD_RESPONSE,
    /** The alias is not in the registry; never answered by a silent default. */
    MODEL_UNKNOWN
}
