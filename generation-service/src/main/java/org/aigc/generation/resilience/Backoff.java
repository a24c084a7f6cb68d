package org.aigc.generation.resilience;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delay before retry number {@code n} (1-based): exponential from {@code initial}, capped at {@code max}, with "equal
 * jitter" (half fixed, half random) so callers that failed together do not retry together. A provider's
 * {@code Retry-After} wins when it asks for longer.
 */
public record Backoff(Duration initial, Duration max) {

    public Duration delay(int retry, Optional<Duration> retryAfter) {
        long cap = max.toMillis();
        long exp = initial.toMillis() << Math.min(20, Math.max(0, retry - 1));
        long base = Math.min(cap, exp);
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        Duration delay = Duration.ofMillis(jittered);
        return retryAfter.filter(hint -> hint.compareTo(delay) > 0).orElse(delay);
    }
}
