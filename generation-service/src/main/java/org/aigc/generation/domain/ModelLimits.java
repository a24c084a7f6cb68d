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

    /**
     * Limits of the built-in {@code offline} model and of {@code default} from the env shortcut: a bulkhead as large
     * as the consumer's worker pool (16), no RPM/TPM limit. Declare {@code generation.models.default} to set more.
     */
    public static ModelLimits defaults(Duration timeout, int maxRetries) {
        return new ModelLimits(16, 0, 0, timeout, maxRetries, 5, Duration.ofSeconds(30));
    }
}
