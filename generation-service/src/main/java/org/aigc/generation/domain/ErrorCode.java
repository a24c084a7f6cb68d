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
    MODEL_UNKNOWN,
    /** The model's circuit breaker is open after repeated failures; the call was not sent. */
    MODEL_CIRCUIT_OPEN,
    /** Every slot of the model's bulkhead stayed busy for the whole queue wait; the call was not sent. */
    MODEL_BUSY,
    /** The model's configured RPM/TPM budget stayed spent for the whole queue wait; the call was not sent. */
    MODEL_RATE_LIMITED_LOCAL,
    /** A stream broke off after deltas were forwarded; the chunks so far are not a result. */
    MODEL_STREAM_CUT,
    /** The job was cancelled before this call started; the call was not sent and nothing is billed. */
    CANCELLED
}
