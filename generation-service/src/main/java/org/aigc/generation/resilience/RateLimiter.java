package org.aigc.generation.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Requests- and tokens-per-minute budget of one model, as two token buckets refilled continuously (capacity = the
 * per-minute limit). A call reserves one request and its estimated tokens before it goes out, waiting briefly for
 * the buckets to refill; {@link #adjustTokens} later corrects the estimate with the provider's reported usage. A
 * limit of 0 means unlimited.
 */
public final class RateLimiter {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final int rpm;
    private final int tpm;
    private final LongSupplier clock;
    private double requests;
    private double tokens;
    private long refilledAt;

    public RateLimiter(int rpm, int tpm) {
        this(rpm, tpm, System::nanoTime);
    }

    RateLimiter(int rpm, int tpm, LongSupplier clock) {
        this.rpm = rpm;
        this.tpm = tpm;
        this.clock = clock;
        this.requests = rpm;
        this.tokens = tpm;
        this.refilledAt = clock.getAsLong();
    }

    public boolean unlimited() {
        return rpm <= 0 && tpm <= 0;
    }

    /**
     * Reserves one request and {@code estimatedTokens}, waiting up to {@code maxWait} for the budget.
     *
     * @return whether the reservation succeeded
     */
    public boolean acquire(int estimatedTokens, Duration maxWait) throws InterruptedException {
        if (unlimited()) {
            return true;
        }
        // a single call larger than the whole minute's budget could never pass: let it take the full bucket
        int wanted = tpm > 0 ? Math.min(estimatedTokens, tpm) : 0;
        long deadline = clock.getAsLong() + maxWait.toNanos();
        while (true) {
            long waitNanos;
            synchronized (this) {
                refill();
                if ((rpm <= 0 || requests >= 1) && (tpm <= 0 || tokens >= wanted)) {
                    requests -= rpm > 0 ? 1 : 0;
                    tokens -= wanted;
                    return true;
                }
                waitNanos = nanosUntilAvailable(wanted);
            }
            long left = deadline - clock.getAsLong();
            if (left <= 0 || waitNanos > left) {
                return false;
            }
            Thread.sleep(Math.max(1, Math.min(waitNanos, 50_000_000L) / 1_000_000));
        }
    }

    /** Corrects the reservation once the provider reported the real token count. */
    public synchronized void adjustTokens(int estimated, int actual) {
        if (tpm > 0) {
            tokens = Math.min(tpm, tokens + Math.min(estimated, tpm) - actual);
        }
    }

    private void refill() {
        long now = clock.getAsLong();
        double minutes = (double) (now - refilledAt) / MINUTE_NANOS;
        refilledAt = now;
        if (rpm > 0) {
            requests = Math.min(rpm, requests + minutes * rpm);
        }
        if (tpm > 0) {
            tokens = Math.min(tpm, tokens + minutes * tpm);
        }
    }

    private long nanosUntilAvailable(int wanted) {
        double minutes = 0;
        if (rpm > 0 && requests < 1) {
            minutes = Math.max(minutes, (1 - requests) / rpm);
        }
        if (tpm > 0 && tokens < wanted) {
            minutes = Math.max(minutes, (wanted - tokens) / tpm);
        }
        return (long) Math.ceil(minutes * MINUTE_NANOS);
    }
}
