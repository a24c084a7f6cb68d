package org.aigc.generation.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void growsExponentiallyWithJitterWithinHalfAndFullOfTheStep() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(1, Optional.empty()).toMillis()).isBetween(50L, 100L);
            assertThat(backoff.delay(3, Optional.empty()).toMillis()).isBetween(200L, 400L);
            assertThat(backoff.delay(10, Optional.empty()).toMillis()).isBetween(500L, 1000L);
        }
    }

    @Test
    void jitterSpreadsTheDelays() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(backoff.delay(3, Optional.empty()).toMillis());
        }
        assertThat(seen).hasSizeGreaterThan(5);
    }

    @Test
    void aLongerRetryAfterWinsAShorterOneDoesNot() {
        assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(3)))).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.delay(1, Optional.of(Duration.ofMillis(1))).toMillis()).isBetween(50L, 100L);
    }
}
