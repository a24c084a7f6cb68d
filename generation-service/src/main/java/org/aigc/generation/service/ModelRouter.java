package org.aigc.generation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.Pricing;
import org.aigc.generation.domain.RegisteredModel;

/**
 * Routes a call: the alias it names (an unknown alias fails with {@code MODEL_UNKNOWN}, never a silent default), the
 * response cache when the call qualifies, then the model and its fallback chain in order until one answers. The
 * result names the alias that answered and, in {@code fallbackReason}, why the earlier ones did not. A stream that
 * already forwarded deltas is never handed to a fallback. Blocking: runs on the consumer's worker thread.
 */
@ApplicationScoped
public class ModelRouter {

    private final ModelRegistry registry;
    private final ModelCaller caller;
    private final ResponseCache cache;
    private final ModelMetrics metrics;

    @Inject
    public ModelRouter(ModelRegistry registry, ModelCaller caller, ResponseCache cache, ModelMetrics metrics) {
        this.registry = registry;
        this.caller = caller;
        this.cache = cache;
        this.metrics = metrics;
    }

    /** Always returns an outcome; failures are part of it. {@code sink} is null unless the call streams. */
    public CallOutcome route(ModelCallRequested call, ChunkSink sink) {
        long start = System.nanoTime();
        Optional<RegisteredModel> found = registry.find(call.model());
        if (found.isEmpty()) {
            ModelCallException unknown = new ModelCallException(ErrorCode.MODEL_UNKNOWN,
                    "no model with alias '" + call.model() + "' in the registry");
            return CallOutcome.failed(call.model(), null, Pricing.FREE, unknown, 0);
        }
        RegisteredModel first = found.get();
        ModelCallRequested effective = CallDefaultsApplier.apply(first, call);
        boolean cacheable = cache.applies(effective);
        if (cacheable) {
            Optional<ResponseCache.Hit> hit = cache.get(effective);
            if (hit.isPresent()) {
                metrics.cacheHit(first.alias());
                RegisteredModel answered = registry.find(hit.get().model()).orElse(first);
                return CallOutcome.cached(answered.name(), hit.get().reply(), answered.pricing(), millisSince(start));
            }
        }
        List<String> reasons = new ArrayList<>();
        List<CallOutcome.Spend> spent = new ArrayList<>();
        List<RegisteredModel> chain = chain(first);
        CallOutcome outcome = null;
        for (int i = 0; i < chain.size(); i++) {
            RegisteredModel model = chain.get(i);
            outcome = once(model, model == first ? effective : CallDefaultsApplier.apply(model, call), sink, start);
            if (outcome.ok()) {
                if (cacheable) {
                    cache.put(effective, model.alias(), outcome.reply());
                }
                break;
            }
            ModelCallException failure = outcome.failure();
            boolean last = i == chain.size() - 1 || failure.code() == ErrorCode.MODEL_STREAM_CUT
                    || (sink != null && sink.started());
            if (last) {
                break;
            }
            reasons.add(model.alias() + ": " + failure.code() + " " + failure.getMessage());
            if (failure.usage().totalTokens() > 0) {
                spent.add(new CallOutcome.Spend(model.name(), model.providerModel(), model.pricing(),
                        failure.usage()));
            }
        }
        return outcome.afterFallbacks(reasons.isEmpty() ? null : String.join("; ", reasons), spent);
    }

    private CallOutcome once(RegisteredModel model, ModelCallRequested call, ChunkSink sink, long routeStart) {
        long start = System.nanoTime();
        try {
            ModelReply reply = caller.call(model, call, sink);
            metrics.succeeded(model.alias(), Duration.ofNanos(System.nanoTime() - start), reply.usage());
            return CallOutcome.ok(model.name(), model.pricing(), reply, millisSince(routeStart));
        } catch (RuntimeException e) {
            ModelCallException failure = ModelCaller.unwrap(e);
            metrics.failed(model.alias(), failure.code(), Duration.ofNanos(System.nanoTime() - start),
                    failure.usage());
            return CallOutcome.failed(model.name(), model.providerModel(), model.pricing(), failure,
                    millisSince(routeStart));
        }
    }

    /** The model, then its fallbacks in order, each alias once (a fallback's own fallbacks are not followed). */
    private List<RegisteredModel> chain(RegisteredModel first) {
        Set<String> seen = new LinkedHashSet<>();
        List<RegisteredModel> chain = new ArrayList<>();
        chain.add(first);
        seen.add(first.alias());
        for (String alias : first.fallbacks()) {
            if (seen.add(alias)) {
                registry.find(alias).ifPresent(chain::add);
            }
        }
        return chain;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
