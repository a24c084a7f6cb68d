package org.aigc.generation.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A small per-model circuit breaker. CLOSED counts consecutive failed attempts; at the threshold it turns OPEN and
 * rejects calls for {@code openFor}; then HALF_OPEN lets exactly one trial call through: its success closes the
 * breaker, its failure opens it again. A trial that has told nothing after another {@code openFor} is presumed lost
 * (its thread hung, its outcome never reported) and the next caller becomes the trial, so a breaker cannot stay
 * half-open for good. Only failures that say the model is unwell count (timeouts, 5xx, 429, connection errors), not
 * the caller's own bad requests.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;
    private long trialStartedAt;

    public CircuitBreaker(int failureThreshold, Duration openFor) {
        this(failureThreshold, openFor, System::nanoTime);
    }

    CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier clock) {
        this.failureThreshold = Math.max(1, failureThreshold);
        this.openForNanos = openFor.toNanos();
        this.clock = clock;
    }

    /** Whether a call may go out now; a HALF_OPEN breaker admits one trial at a time. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openForNanos) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                long now = clock.getAsLong();
                if (trialInFlight && now - trialStartedAt < openForNanos) {
                    yield false;
                }
                trialInFlight = true;
                trialStartedAt = now;
                yield true;
            }
        };
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.getAsLong();
            trialInFlight = false;
        }
    }

    /** A call admitted in HALF_OPEN that ended without telling anything about the model (e.g. a 400). */
    public synchronized void onNeutral() {
        trialInFlight = false;
    }

    public synchronized State state() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openForNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }
}
