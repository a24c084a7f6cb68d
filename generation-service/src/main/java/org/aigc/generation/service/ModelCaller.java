package org.aigc.generation.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.client.ProviderErrors;
import org.aigc.generation.config.GenerationConfig;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.RegisteredModel;

/**
 * Calls one model: on a worker thread (the client blocks), retried with exponential back-off while the failure is
 * retryable, all within one total deadline. The place for a later circuit breaker, bulkhead and RPM/TPM limits per
 * model, and for honouring {@code Retry-After}.
 */
@ApplicationScoped
public class ModelCaller {

    private final GenerationConfig.Calls config;

    @Inject
    public ModelCaller(GenerationConfig config) {
        this.config = config.calls();
    }

    /** The model's reply, or a failure that is always a {@link ModelCallException}. */
    public Uni<ModelReply> call(RegisteredModel model, ModelCallRequested call) {
        Uni<ModelReply> attempt = Uni.createFrom().<ModelReply>emitter(emitter -> {
            AtomicBoolean cancelled = new AtomicBoolean();
            emitter.onTermination(() -> cancelled.set(true));
            try {
                emitter.complete(model.client().chat(call));
            } catch (RuntimeException e) {
                // after the deadline nobody listens any more: a late failure is expected, not worth an error log
                if (!cancelled.get()) {
                    emitter.fail(e);
                }
            }
        })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().transform(ProviderErrors::classify);
        Uni<ModelReply> retried = config.maxRetries() <= 0 ? attempt
                : attempt.onFailure(ModelCaller::retryable).retry()
                        .withBackOff(config.initialBackoff(), config.maxBackoff())
                        .atMost(config.maxRetries());
        return retried
                .ifNoItem().after(config.deadline())
                .failWith(() -> new ModelCallException(ErrorCode.MODEL_TIMEOUT, false,
                        "no answer from " + model.alias() + " within " + config.deadline().toMillis() + " ms", null))
                .onFailure().transform(ModelCaller::unwrap);
    }

    private static boolean retryable(Throwable failure) {
        return failure instanceof ModelCallException e && e.retryable();
    }

    /** Mutiny reports spent retries as an IllegalStateException around the last failure. */
    static ModelCallException unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ModelCallException e) {
                return e;
            }
        }
        return ProviderErrors.classify(failure);
    }
}
