package org.aigc.generation.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.RegisteredModel;

/**
 * One attempt at one model, inside an OpenTelemetry span, bounded by the time left. A plain call runs on a worker of
 * the default pool (the client blocks); a stream forwards deltas to the sink from the I/O thread. A failure after the
 * first forwarded delta is a {@code MODEL_STREAM_CUT}: the chunks already sent cannot be taken back.
 */
@ApplicationScoped
public class AttemptRunner {

    private final Tracer tracer;

    @Inject
    public AttemptRunner(Tracer tracer) {
        this.tracer = tracer;
    }

    public ModelReply run(RegisteredModel model, ModelCallRequested call, ChunkSink sink, Duration timeLeft) {
        Span span = tracer.spanBuilder("chat " + model.providerModel()).setSpanKind(SpanKind.CLIENT)
                .setAttribute("gen_ai.operation.name", "chat")
                .setAttribute("gen_ai.request.model", model.providerModel())
                .setAttribute("aigc.model.alias", model.alias())
                .setAttribute("aigc.request.id", call.requestId())
                .setAttribute("aigc.stream", sink != null)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            ModelReply reply = sink == null ? plain(model, call, timeLeft) : streamed(model, call, sink, timeLeft);
            span.setAttribute("gen_ai.usage.input_tokens", reply.usage().promptTokens());
            span.setAttribute("gen_ai.usage.output_tokens", reply.usage().completionTokens());
            return reply;
        } catch (ModelCallException e) {
            span.setStatus(StatusCode.ERROR, e.code().name());
            span.setAttribute("error.type", e.code().name());
            throw e;
        } finally {
            span.end();
        }
    }

    private static ModelReply plain(RegisteredModel model, ModelCallRequested call, Duration timeLeft) {
        try {
            return Uni.createFrom().<ModelReply>emitter(emitter -> {
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
                    .ifNoItem().after(timeLeft)
                    .failWith(() -> timeout(model))
                    .await().indefinitely();
        } catch (RuntimeException e) {
            throw ModelCaller.unwrap(e);
        }
    }

    private static ModelReply streamed(RegisteredModel model, ModelCallRequested call, ChunkSink sink,
            Duration timeLeft) {
        if (model.streaming() == null) {
            // the offline model answers at once: one delta with the whole text
            ModelReply reply = model.client().chat(call);
            sink.delta(reply.content());
            return reply;
        }
        try {
            return model.streaming().stream(call, sink::delta).get(timeLeft.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw afterStart(sink, timeout(model));
        } catch (ExecutionException e) {
            throw afterStart(sink, ModelCaller.unwrap(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw afterStart(sink, new ModelCallException(ErrorCode.MODEL_ERROR, "interrupted"));
        }
    }

    private static ModelCallException afterStart(ChunkSink sink, ModelCallException failure) {
        if (!sink.started() || failure.code() == ErrorCode.MODEL_STREAM_CUT) {
            return failure;
        }
        return new ModelCallException(ErrorCode.MODEL_STREAM_CUT, false,
                "the stream broke off after deltas were forwarded: " + failure.getMessage(), failure, failure.usage());
    }

    private static ModelCallException timeout(RegisteredModel model) {
        return new ModelCallException(ErrorCode.MODEL_TIMEOUT, true,
                "no answer from " + model.alias() + " within " + model.limits().timeout().toMillis() + " ms", null);
    }
}
