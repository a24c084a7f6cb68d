package org.aigc.generation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelClient;
import org.aigc.generation.domain.ModelKind;
import org.aigc.generation.domain.ModelLimits;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.Pricing;
import org.aigc.generation.domain.RegisteredModel;
import org.junit.jupiter.api.Test;

/** Every model attempt is an OpenTelemetry CLIENT span with the model, alias, tokens and the error code. */
class AttemptRunnerTest {

    private final List<SpanData> spans = new CopyOnWriteArrayList<>();
    private final AttemptRunner runner = new AttemptRunner(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
                @Override
                public CompletableResultCode export(Collection<SpanData> batch) {
                    spans.addAll(batch);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            }))
            .build().get("test"));
    private final ModelCallRequested call = ModelCallRequested.of("req-1", "t1", "games", "c1", "task", "m",
            List.of(ChatMessage.user("hi")), null, null, null, false);

    @Test
    void aSuccessfulAttemptIsASpanWithModelAliasAndTokens() {
        runner.run(model(c -> new ModelReply("ok", "stop", new TokenUsage(7, 3), "gpt-x")), call, null,
                Duration.ofSeconds(5));

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.getName()).isEqualTo("chat gpt-x");
            assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(span.getAttributes().get(AttributeKey.stringKey("aigc.model.alias"))).isEqualTo("m");
            assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.request.model"))).isEqualTo("gpt-x");
            assertThat(span.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens"))).isEqualTo(7L);
            assertThat(span.getAttributes().get(AttributeKey.longKey("gen_ai.usage.output_tokens"))).isEqualTo(3L);
            assertThat(span.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);
        });
    }

    @Test
    void aFailedAttemptIsAnErrorSpanWithItsCode() {
        RegisteredModel failing = model(c -> {
            throw new ModelCallException(ErrorCode.MODEL_RATE_LIMITED, true, "429", null);
        });

        assertThatThrownBy(() -> runner.run(failing, call, null, Duration.ofSeconds(5)))
                .isInstanceOf(ModelCallException.class);

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("MODEL_RATE_LIMITED");
        });
    }

    @Test
    void anAttemptSlowerThanTheTimeLeftFailsWithModelTimeout() {
        RegisteredModel slow = model(c -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ModelReply("late", "stop", TokenUsage.ZERO, "gpt-x");
        });

        assertThatThrownBy(() -> runner.run(slow, call, null, Duration.ofMillis(200)))
                .isInstanceOfSatisfying(ModelCallException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MODEL_TIMEOUT));
    }

    private static RegisteredModel model(ModelClient client) {
        return new RegisteredModel("m", "m", ModelKind.BASE, "gpt-x", null, "http://x/v1", Pricing.FREE,
                ModelLimits.defaults(Duration.ofSeconds(5), 0), RegisteredModel.CallDefaults.NONE, List.of(), client,
                null);
    }
}
