package org.aigc.generation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.client.RetryAfterHints;
import org.aigc.generation.config.GenerationConfig;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.RegisteredModel;
import org.aigc.generation.resilience.Backoff;
import org.aigc.generation.resilience.CircuitBreaker;
import org.aigc.generation.resilience.ModelGuard;

/**
 * Calls one model, blocking the caller's worker thread: breaker check, a bulkhead slot and the RPM/TPM budget (each
 * waited for at most {@code aigc.calls.queue-wait}), then attempts with exponential back-off and jitter (or the
 * provider's {@code Retry-After} when longer) while the failure is retryable, all within the model's timeout.
 */
@ApplicationScoped
public class ModelCaller {

    private final ModelGuards guards;
    private final AttemptRunner attempts;
    private final Backoff backoff;
    private final Duration queueWait;

    @Inject
    public ModelCaller(ModelGuards guards, AttemptRunner attempts, GenerationConfig config) {
        this.guards = guards;
        this.attempts = attempts;
        this.backoff = new Backoff(config.calls().initialBackoff(), config.calls().maxBackoff());
        this.queueWait = config.calls().queueWait();
    }

    /** The model's reply; failures are always a {@link ModelCallException}. {@code sink} is null unless streaming. */
    public ModelReply call(RegisteredModel model, ModelCallRequested call, ChunkSink sink) {
        ModelGuard guard = guards.of(model);
        if (guard.breaker().state() == CircuitBreaker.State.OPEN) {
            throw new ModelCallException(ErrorCode.MODEL_CIRCUIT_OPEN, model.alias() + " circuit breaker is open");
        }
        long deadline = System.nanoTime() + model.limits().timeout().toNanos();
        int estimate = TokenEstimate.of(call);
        try {
            if (!guard.enter(queueWait)) {
                throw new ModelCallException(ErrorCode.MODEL_BUSY, model.alias() + " has "
                        + model.limits().maxConcurrency() + " calls in flight; no slot within " + queueWait.toMillis()
                        + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(ErrorCode.MODEL_ERROR, "interrupted while waiting for " + model.alias());
        }
        try {
            if (!acquireBudget(guard, estimate)) {
                throw new ModelCallException(ErrorCode.MODEL_RATE_LIMITED_LOCAL, model.alias()
                        + " is at its configured RPM/TPM limit; no budget within " + queueWait.toMillis() + " ms");
            }
            ModelReply reply;
            try {
                reply = retrying(model, call, sink, guard, deadline);
            } catch (ModelCallException e) {
                guard.limiter().adjustTokens(estimate, e.usage().totalTokens());
                throw e;
            }
            // the TPM budget was reserved from an estimate: settle it with what the provider reported
            guard.limiter().adjustTokens(estimate, reply.usage().totalTokens());
            return reply;
        } finally {
            guard.leave();
        }
    }

    private ModelReply retrying(RegisteredModel model, ModelCallRequested call, ChunkSink sink, ModelGuard guard,
            long deadline) {
        for (int retry = 0;; retry++) {
            if (!guard.breaker().tryAcquire()) {
                throw new ModelCallException(ErrorCode.MODEL_CIRCUIT_OPEN, model.alias() + " circuit breaker is open");
            }
            ModelCallException failure;
            try {
                ModelReply reply = attempts.run(model, call, sink, remaining(deadline, model));
                guard.breaker().onSuccess();
                return reply;
            } catch (ModelCallException e) {
                failure = e;
            } catch (RuntimeException e) {
                // not the model's answer (a defect here): release a half-open trial slot, then let it propagate
                guard.breaker().onNeutral();
                throw e;
            }
            if (countsAgainstModel(failure)) {
                guard.breaker().onFailure();
            } else {
                guard.breaker().onNeutral();
            }
            if (!failure.retryable() || retry >= model.limits().maxRetries() || (sink != null && sink.started())) {
                throw failure;
            }
            Duration delay = backoff.delay(retry + 1,
                    RetryAfterHints.take(model.endpoint(), model.providerModel()));
            if (System.nanoTime() + delay.toNanos() >= deadline) {
                // waiting would overrun the deadline: the last failure says more than a timeout would
                throw failure;
            }
            sleep(delay);
        }
    }

    private boolean acquireBudget(ModelGuard guard, int estimate) {
        try {
            return guard.limiter().acquire(estimate, queueWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration remaining(long deadline, RegisteredModel model) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new ModelCallException(ErrorCode.MODEL_TIMEOUT, false, "no answer from " + model.alias()
                    + " within " + model.limits().timeout().toMillis() + " ms", null);
        }
        return Duration.ofNanos(left);
    }

    /** Failures that say the model is unwell; a bad request or a cut stream's cause is counted by the code. */
    static boolean countsAgainstModel(ModelCallException failure) {
        return failure.retryable() || failure.code() == ErrorCode.MODEL_BAD_RESPONSE
                || failure.code() == ErrorCode.MODEL_TIMEOUT || failure.code() == ErrorCode.MODEL_STREAM_CUT;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(ErrorCode.MODEL_ERROR, "interrupted during back-off");
        }
    }

    /** Mutiny reports spent retries as an IllegalStateException around the last failure. */
    static ModelCallException unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ModelCallException e) {
                return e;
            }
        }
        return org.aigc.generation.client.ProviderErrors.classify(failure);
    }
}
