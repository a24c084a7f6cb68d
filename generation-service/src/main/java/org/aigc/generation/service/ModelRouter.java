package org.aigc.generation.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.Pricing;
import org.aigc.generation.domain.RegisteredModel;

/**
 * Resolves a call's alias in the registry and calls that model. An unknown alias fails with {@code MODEL_UNKNOWN}:
 * never a silent default. The seam for the fallback chain (fill {@code fallbackReason}) of a later issue.
 */
@ApplicationScoped
public class ModelRouter {

    private final ModelRegistry registry;
    private final ModelCaller caller;

    @Inject
    public ModelRouter(ModelRegistry registry, ModelCaller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    /** Always completes with an outcome; failures are part of it, never a failed Uni. */
    public Uni<CallOutcome> route(ModelCallRequested call) {
        long start = System.nanoTime();
        Optional<RegisteredModel> found = registry.find(call.model());
        if (found.isEmpty()) {
            ModelCallException unknown = new ModelCallException(ErrorCode.MODEL_UNKNOWN,
                    "no model with alias '" + call.model() + "' in the registry");
            return Uni.createFrom().item(CallOutcome.failed(call.model(), null, Pricing.FREE, unknown, 0));
        }
        RegisteredModel model = found.get();
        return caller.call(model, call)
                .map(reply -> CallOutcome.ok(model.name(), model.pricing(), reply, millisSince(start)))
                .onFailure().recoverWithItem(failure -> CallOutcome.failed(model.name(), model.providerModel(),
                        model.pricing(), ModelCaller.unwrap(failure), millisSince(start)));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
