package org.aigc.generation.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void rpmAllowsTheBudgetThenRefusesUntilItRefills() throws Exception {
        RateLimiter limiter = new RateLimiter(3, 0, now::get);

        assertThat(limiter.acquire(10, Duration.ZERO)).isTrue();
        assertThat(limiter.acquire(10, Duration.ZERO)).isTrue();
        assertThat(limiter.acquire(10, Duration.ZERO)).isTrue();
        assertThat(limiter.acquire(10, Duration.ZERO)).isFalse();

        now.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(limiter.acquire(10, Duration.ZERO)).isTrue();
        assertThat(limiter.acquire(10, Duration.ZERO)).isFalse();
    }

    @Test
    void tpmReservesTheEstimateAndUsageCorrectsIt() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 1000, now::get);

        assertThat(limiter.acquire(600, Duration.ZERO)).isTrue();
        assertThat(limiter.acquire(600, Duration.ZERO)).isFalse();
        limiter.adjustTokens(600, 100);

        assertThat(limiter.acquire(600, Duration.ZERO)).isTrue();
    }

    @Test
    void aCallWaitsBrieflyForTheBudgetWhenItRefillsInTime() throws Exception {
        RateLimiter limiter = new RateLimiter(600, 0);
        for (int i = 0; i < 600; i++) {
            assertThat(limiter.acquire(1, Duration.ZERO)).isTrue();
        }
        long start = System.nanoTime();

        // 600 per minute refills one every 100 ms
        assertThat(limiter.acquire(1, Duration.ofMillis(500))).isTrue();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(50),
                Duration.ofMillis(450));
    }

    @Test
    void zeroMeansUnlimited() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 0, now::get);
        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.acquire(1_000_000, Duration.ZERO)).isTrue();
        }
    }
}
