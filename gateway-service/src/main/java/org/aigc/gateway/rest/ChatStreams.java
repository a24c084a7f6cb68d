package org.aigc.gateway.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelChunk;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;
import org.aigc.gateway.service.ChatCall;
import org.aigc.gateway.service.ChatScreening;
import org.aigc.gateway.service.DirectCallService;
import org.aigc.gateway.service.DirectCalls;
import org.aigc.gateway.service.JobStreams;

/**
 * {@code stream=true} chat completions in OpenAI's server-sent event format: {@code data: <chat.completion.chunk>}
 * per model delta (from {@code aigc.model-chunks}), a last chunk with the finish reason and usage, then
 * {@code data: [DONE]}. A failed or timed-out call ends with {@code data: {"error": ...}} instead of [DONE], never
 * with a silently cut body. An open stream holds no thread: the consumers of deltas and answers push its frames,
 * and the HTTP layer writes them as they come. Deltas are screened one by one, so PII split across two deltas is not
 * caught while streaming.
 */
@ApplicationScoped
public class ChatStreams {

    private final JobStreams streams;
    private final DirectCalls calls;
    private final DirectCallService direct;
    private final GatewayConfig config;

    ChatStreams(JobStreams streams, DirectCalls calls, DirectCallService direct, GatewayConfig config) {
        this.streams = streams;
        this.calls = calls;
        this.direct = direct;
        this.config = config;
    }

    /** Starts the call and returns its frames; the first (the assistant's role) is there at once. */
    Multi<String> start(UUID id, Tenant tenant, ChatCall call) {
        Stream stream = new Stream(id, call.model());
        streams.open(id.toString(), stream);
        calls.register(id.toString()).thenAccept(stream::answer);
        try {
            direct.start(id, tenant, call);
        } catch (RuntimeException e) {
            cleanUp(id, stream);
            throw e;
        }
        ScheduledFuture<?> deadline = Infrastructure.getDefaultWorkerPool().schedule(stream::timeOut,
                config.direct().timeout().toNanos(), TimeUnit.NANOSECONDS);
        // completed, failed, or the client went away: releasing the reservation needs the database, off this thread
        return stream.frames.onTermination().invoke(() -> {
            deadline.cancel(false);
            Infrastructure.getDefaultWorkerPool().execute(() -> cleanUp(id, stream));
        });
    }

    private void cleanUp(UUID id, Stream stream) {
        streams.close(id.toString(), stream);
        calls.forget(id.toString());
        direct.finish(id);
    }

    /** One open stream's frames. Deltas, the answer and the deadline arrive on different threads, one at a time. */
    private final class Stream implements JobStreams.Listener {

        final UnicastProcessor<String> frames = UnicastProcessor.create();
        private final String chunkId;
        private final long created = Instant.now().getEpochSecond();
        private final StringBuilder streamed = new StringBuilder();
        private final String model;
        private boolean ended;

        Stream(UUID id, String model) {
            this.chunkId = "chatcmpl-" + id;
            this.model = model;
            send(model, new ChatViews.Delta("assistant", ""), null, null);
        }

        @Override
        public synchronized void chunk(ModelChunk delta) {
            if (ended || delta.delta() == null || delta.delta().isEmpty()) {
                return;
            }
            streamed.append(delta.delta());
            send(model, new ChatViews.Delta(null, ChatScreening.screen(delta.delta()).text()), null, null);
        }

        @Override
        public void result(GenerationCompleted result) {
            // direct calls end with a ModelCallCompleted, not a GenerationCompleted
        }

        synchronized void answer(ModelCallCompleted completed) {
            if (ended) {
                return;
            }
            if (!completed.ok()) {
                error(ProblemType.MODEL_FAILED, "the model call failed: " + completed.errorCode());
                return;
            }
            // the answer and the deltas travel on different topics: send whatever the deltas have not shown yet
            String content = completed.content() == null ? "" : completed.content();
            if (content.length() > streamed.length() && content.startsWith(streamed.toString())) {
                send(completed.model(), new ChatViews.Delta(null,
                        ChatScreening.screen(content.substring(streamed.length())).text()), null, null);
            }
            send(completed.model(), new ChatViews.Delta(null, null),
                    completed.finishReason() == null ? "stop" : completed.finishReason(),
                    ChatViews.Usage.of(completed.usage()));
            end("data: [DONE]\n\n");
        }

        synchronized void timeOut() {
            if (!ended) {
                error(ProblemType.MODEL_TIMEOUT, "no answer within " + config.direct().timeout().toSeconds() + " s");
            }
        }

        private void error(ProblemType type, String detail) {
            end("data: " + Json.write(Map.of("error", new Problem.OpenAiError(detail, "server_error",
                    type.uri().toString().substring(ProblemType.BASE.length())))) + "\n\n");
        }

        private void send(String model, ChatViews.Delta delta, String finishReason, ChatViews.Usage usage) {
            frames.onNext("data: " + Json.write(new ChatViews.Chunk(chunkId, "chat.completion.chunk", created, model,
                    List.of(new ChatViews.ChunkChoice(0, delta, finishReason)), usage)) + "\n\n");
        }

        private void end(String lastFrame) {
            ended = true;
            frames.onNext(lastFrame);
            frames.onComplete();
        }
    }
}
