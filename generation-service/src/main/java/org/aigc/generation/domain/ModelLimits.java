package org.aigc.generation.domain;

import java.time.Duration;

/**
 * How one model is protected and protects the provider.
 *
 * @param maxConcurrency  bulkhead size
 * @param rpm             requests per minute, 0 = unlimited
 * @param tpm             tokens per minute, 0 = unlimited
 * @param timeout         total time for this model, retries included
 * @param maxRetries      retries after the first attempt
 * @param breakerFailures consecutive failed attempts that open the breaker
 * @param breakerOpenFor  how long the breaker stays open before a trial call
 */
public record ModelLimits(int maxConcurrency, int rpm, int tpm, Duration timeout, int maxRetries,
        int breakerFailures, Duration breakerOpenFor) {

    /** Calls in flight to one model unless configured: as many as the default model-calls worker pool runs. */
    public static final int DEFAULT_CONCURRENCY = 48;

    /**
     * Limits of the built-in {@code offline} model: a bulkhead of {@link #DEFAULT_CONCURRENCY}, no RPM/TPM limit.
     */
    public static ModelLimits defaults(Duration timeout, int maxRetries) {
        return defaults(DEFAULT_CONCURRENCY, timeout, maxRetries);
    }

    /** Limits of {@code default} from the env shortcut: its bulkhead, no RPM/TPM limit. */
    public static ModelLimits defaults(int maxConcurrency, Duration timeout, int maxRetries) {
        return new ModelLimits(maxConcurrency, 0, 0, timeout, maxRetries, 5, Duration.ofSeconds(30));
    }
}
