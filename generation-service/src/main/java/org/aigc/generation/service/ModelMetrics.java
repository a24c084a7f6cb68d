package org.aigc.generation.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.aigc.contracts.TokenUsage;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.RegisteredModel;
import org.aigc.generation.resilience.ModelGuard;

/**
 * Prometheus metrics per model alias (at {@code /q/metrics}): {@code aigc_model_calls_total{model,outcome}},
 * {@code aigc_model_errors_total{model,code}}, {@code aigc_model_latency_seconds} (histogram),
 * {@code aigc_model_tokens_total{model,type}}, {@code aigc_model_cache_hits_total{model}},
 * {@code aigc_model_breaker_state{model}} (0 closed, 1 open, 2 half-open) and {@code aigc_model_in_flight{model}}.
 */
@Startup
@ApplicationScoped
public class ModelMetrics {

    private final MeterRegistry meters;

    @Inject
    public ModelMetrics(MeterRegistry meters, ModelRegistry registry, ModelGuards guards) {
        this.meters = meters;
        for (RegisteredModel model : registry.all()) {
            ModelGuard guard = guards.of(model);
            Gauge.builder("aigc.model.breaker.state", guard, g -> g.breaker().state().ordinal())
                    .description("circuit breaker: 0 closed, 1 open, 2 half-open").tag("model", model.alias())
                    .register(meters);
            Gauge.builder("aigc.model.in_flight", guard, ModelGuard::inFlight)
                    .description("calls holding a bulkhead slot").tag("model", model.alias()).register(meters);
        }
    }

    public void succeeded(String alias, Duration latency, TokenUsage usage) {
        calls(alias, "ok").increment();
        latency(alias).record(latency);
        tokens(alias, usage);
    }

    public void failed(String alias, ErrorCode code, Duration latency, TokenUsage usage) {
        calls(alias, "failed").increment();
        Counter.builder("aigc.model.errors").tag("model", alias).tag("code", code.name()).register(meters)
                .increment();
        latency(alias).record(latency);
        tokens(alias, usage);
    }

    public void cacheHit(String alias) {
        Counter.builder("aigc.model.cache.hits").tag("model", alias).register(meters).increment();
    }

    private Counter calls(String alias, String outcome) {
        return Counter.builder("aigc.model.calls").tag("model", alias).tag("outcome", outcome).register(meters);
    }

    private Timer latency(String alias) {
        return Timer.builder("aigc.model.latency").tag("model", alias).publishPercentileHistogram()
                .register(meters);
    }

    private void tokens(String alias, TokenUsage usage) {
        if (usage.promptTokens() > 0) {
            Counter.builder("aigc.model.tokens").tag("model", alias).tag("type", "prompt").register(meters)
                    .increment(usage.promptTokens());
        }
        if (usage.completionTokens() > 0) {
            Counter.builder("aigc.model.tokens").tag("model", alias).tag("type", "completion").register(meters)
                    .increment(usage.completionTokens());
        }
    }
}
