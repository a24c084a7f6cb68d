package org.aigc.generation.resilience;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.aigc.generation.domain.ModelLimits;

/** The protections of one model: its circuit breaker, its bulkhead and its RPM/TPM budget. */
public final class ModelGuard {

    private final CircuitBreaker breaker;
    private final Semaphore bulkhead;
    private final int maxConcurrency;
    private final RateLimiter limiter;

    public ModelGuard(ModelLimits limits) {
        this.breaker = new CircuitBreaker(limits.breakerFailures(), limits.breakerOpenFor());
        this.maxConcurrency = Math.max(1, limits.maxConcurrency());
        this.bulkhead = new Semaphore(maxConcurrency, true);
        this.limiter = new RateLimiter(limits.rpm(), limits.tpm());
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public RateLimiter limiter() {
        return limiter;
    }

    /** Takes a bulkhead slot, waiting up to {@code maxWait}. */
    public boolean enter(Duration maxWait) throws InterruptedException {
        return bulkhead.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
    }

    public void leave() {
        bulkhead.release();
    }

    public int inFlight() {
        return maxConcurrency - bulkhead.availablePermits();
    }
}
