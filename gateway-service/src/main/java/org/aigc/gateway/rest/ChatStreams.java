package org.aigc.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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
 * with a silently cut body. This writer holds a worker thread per open stream (a simplification; the non-streaming
 * path holds none). Deltas are screened one by one, so PII split across two deltas is not caught while streaming.
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

    Response start(UUID id, Tenant tenant, ChatCall call) {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        JobStreams.Listener listener = new JobStreams.Listener() {
            @Override
            public void chunk(ModelChunk chunk) {
                events.add(chunk);
            }

            @Override
            public void result(GenerationCompleted result) {
                // direct calls end with a ModelCallCompleted, not a GenerationCompleted
            }
        };
        streams.open(id.toString(), listener);
        calls.register(id.toString()).thenAccept(events::add);
        try {
            direct.start(id, tenant, call);
        } catch (RuntimeException e) {
            cleanUp(id, listener);
            throw e;
        }
        StreamingOutput body = out -> {
            try {
                write(out, id, call.model(), events);
            } finally {
                cleanUp(id, listener);
            }
        };
        return Response.ok(body, "text/event-stream").header("Cache-Control", "no-cache").build();
    }

    private void write(OutputStream out, UUID id, String model, BlockingQueue<Object> events) throws IOException {
        long created = Instant.now().getEpochSecond();
        String chunkId = "chatcmpl-" + id;
        send(out, chunk(chunkId, created, model, new ChatViews.Delta("assistant", ""), null, null));
        StringBuilder streamed = new StringBuilder();
        long deadline = System.nanoTime() + config.direct().timeout().toNanos();
        while (true) {
            Object event;
            try {
                event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                event = null;
            }
            if (event == null) {
                error(out, ProblemType.MODEL_TIMEOUT, "no answer within " + config.direct().timeout().toSeconds()
                        + " s");
                return;
            }
            if (event instanceof ModelChunk delta) {
                if (delta.delta() != null && !delta.delta().isEmpty()) {
                    streamed.append(delta.delta());
                    send(out, chunk(chunkId, created, model,
                            new ChatViews.Delta(null, ChatScreening.screen(delta.delta()).text()), null, null));
                }
                continue;
            }
            ModelCallCompleted completed = (ModelCallCompleted) event;
            if (!completed.ok()) {
                error(out, ProblemType.MODEL_FAILED, "the model call failed: " + completed.errorCode());
                return;
            }
            // the answer and the deltas travel on different topics: send whatever the deltas have not shown yet
            String content = completed.content() == null ? "" : completed.content();
            if (content.length() > streamed.length() && content.startsWith(streamed.toString())) {
                send(out, chunk(chunkId, created, completed.model(), new ChatViews.Delta(null,
                        ChatScreening.screen(content.substring(streamed.length())).text()), null, null));
            }
            send(out, chunk(chunkId, created, completed.model(), new ChatViews.Delta(null, null),
                    completed.finishReason() == null ? "stop" : completed.finishReason(),
                    ChatViews.Usage.of(completed.usage())));
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
    }

    private static ChatViews.Chunk chunk(String id, long created, String model, ChatViews.Delta delta,
            String finishReason, ChatViews.Usage usage) {
        return new ChatViews.Chunk(id, "chat.completion.chunk", created, model,
                List.of(new ChatViews.ChunkChoice(0, delta, finishReason)), usage);
    }

    private static void error(OutputStream out, ProblemType type, String detail) throws IOException {
        out.write(("data: " + Json.write(java.util.Map.of("error", new Problem.OpenAiError(detail,
                "server_error", type.uri().toString().substring(ProblemType.BASE.length())))) + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(OutputStream out, Object chunk) throws IOException {
        out.write(("data: " + Json.write(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void cleanUp(UUID id, JobStreams.Listener listener) {
        streams.close(id.toString(), listener);
        calls.forget(id.toString());
        direct.finish(id);
    }
}
