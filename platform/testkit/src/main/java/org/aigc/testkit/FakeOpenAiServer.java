package org.aigc.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.aigc.contracts.Json;

/**
 * An OpenAI-compatible HTTP server for tests and benchmarks: {@code POST /v1/chat/completions} (plain and streaming)
 * and {@code GET /v1/models}. It records every request body and answers from a script of {@link FakeReply}s, falling
 * back to a deterministic echo with a fixed latency. No network beyond loopback.
 *
 * <p>Run standalone for benchmarks: {@code java -cp testkit.jar org.aigc.testkit.FakeOpenAiServer 9999 50}
 * (port, latency in ms).
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-openai");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<FakeReply> script = new ConcurrentLinkedQueue<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration chunkInterval = Duration.ZERO;
    private final Map<String, Duration> latencyByModel = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> inFlight =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> peak =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean record = true;

    private FakeOpenAiServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::chat);
        server.createContext("/v1/models", this::models);
        server.start();
    }

    public static FakeOpenAiServer start() {
        return start(0);
    }

    public static FakeOpenAiServer start(int port) {
        try {
            return new FakeOpenAiServer(port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start fake OpenAI server", e);
        }
    }

    /** Base URL to configure as the provider's {@code base-url}, ending in {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers the next requests with these replies, in order; afterwards the default echo answers again. */
    public FakeOpenAiServer enqueue(FakeReply... replies) {
        script.addAll(Arrays.asList(replies));
        return this;
    }

    /** Latency of the default echo answer. */
    public FakeOpenAiServer latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /** Latency of the default echo answer for requests naming this {@code model}; wins over {@link #latency}. */
    public FakeOpenAiServer latencyFor(String model, Duration latency) {
        latencyByModel.put(model, latency);
        return this;
    }

    /** Pause between the deltas of every streamed answer (to see that a client forwards them as they arrive). */
    public FakeOpenAiServer chunkInterval(Duration interval) {
        this.chunkInterval = interval;
        return this;
    }

    /** The most requests naming {@code model} that were being answered at the same time since the last reset. */
    public int peakConcurrency(String model) {
        java.util.concurrent.atomic.AtomicInteger max = peak.get(model);
        return max == null ? 0 : max.get();
    }

    /** Whether request bodies are kept; benchmarks turn it off so memory stays flat. */
    public FakeOpenAiServer recordRequests(boolean record) {
        this.record = record;
        return this;
    }

    /** Request bodies received so far, in arrival order. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public JsonNode lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("the fake OpenAI server received no request");
        }
        return requests.get(requests.size() - 1);
    }

    public void reset() {
        script.clear();
        requests.clear();
        latency = Duration.ZERO;
        latencyByModel.clear();
        peak.clear();
        chunkInterval = Duration.ZERO;
    }

    private void models(HttpExchange exchange) throws IOException {
        send(exchange, 200, "{\"object\":\"list\",\"data\":[{\"id\":\"fake-model\",\"object\":\"model\","
                + "\"owned_by\":\"testkit\"}]}", Map.of());
    }

    private void chat(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "{\"error\":{\"message\":\"method not allowed\"}}", Map.of());
                return;
            }
            JsonNode request;
            try {
                request = Json.tree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                send(exchange, 400, "{\"error\":{\"message\":\"invalid JSON\"}}", Map.of());
                return;
            }
            if (record) {
                requests.add(request);
            }
            String model = request.path("model").asText("");
            FakeReply reply = script.poll();
            if (reply == null) {
                reply = FakeReply.text("Fake model reply to: " + lastUserMessage(request))
                        .delayed(latencyByModel.getOrDefault(model, latency));
            }
            int now = inFlight.computeIfAbsent(model, m -> new java.util.concurrent.atomic.AtomicInteger())
                    .incrementAndGet();
            peak.computeIfAbsent(model, m -> new java.util.concurrent.atomic.AtomicInteger())
                    .accumulateAndGet(now, Math::max);
            try {
                sleep(reply.delay());
                if (reply.rawBody() != null) {
                    send(exchange, reply.status(), reply.rawBody(), reply.headers());
                } else if (request.path("stream").asBoolean(false)) {
                    stream(exchange, request, reply);
                } else {
                    send(exchange, reply.status(), Json.write(completion(request, reply)), reply.headers());
                }
            } finally {
                inFlight.get(model).decrementAndGet();
            }
        } catch (IOException e) {
            // the client went away (timeouts in tests); nothing to answer
        }
    }

    private ObjectNode completion(JsonNode request, FakeReply reply) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("id", "chatcmpl-fake-" + ids.incrementAndGet());
        body.put("object", "chat.completion");
        body.put("created", System.currentTimeMillis() / 1000);
        body.put("model", request.path("model").asText("fake-model"));
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", reply.content());
        choice.put("finish_reason", "stop");
        body.set("usage", usage(request, reply));
        return body;
    }

    private ObjectNode usage(JsonNode request, FakeReply reply) {
        int prompt = reply.promptTokens() >= 0 ? reply.promptTokens() : estimateTokens(request.path("messages"));
        int completion = reply.completionTokens() >= 0 ? reply.completionTokens()
                : Math.max(1, reply.content().length() / 4);
        ObjectNode usage = Json.MAPPER.createObjectNode();
        usage.put("prompt_tokens", prompt);
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", prompt + completion);
        return usage;
    }

    private void stream(HttpExchange exchange, JsonNode request, FakeReply reply) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), 0);
        OutputStream out = exchange.getResponseBody();
        String id = "chatcmpl-fake-" + ids.incrementAndGet();
        List<String> deltas = reply.chunks() != null ? reply.chunks() : words(reply.content());
        for (int i = 0; i < deltas.size(); i++) {
            if (i > 0) {
                sleep(chunkInterval);
            }
            String delta = deltas.get(i);
            ObjectNode chunk = chunk(id, request);
            ((ObjectNode) chunk.withArray("choices").get(0)).putObject("delta").put("content", delta);
            event(out, Json.write(chunk));
        }
        if (reply.cutOff()) {
            out.flush();
            return;
        }
        ObjectNode last = chunk(id, request);
        ((ObjectNode) last.withArray("choices").get(0)).put("finish_reason", "stop").putObject("delta");
        event(out, Json.write(last));
        ObjectNode usageChunk = chunk(id, request);
        usageChunk.putArray("choices");
        usageChunk.set("usage", usage(request, reply));
        event(out, Json.write(usageChunk));
        event(out, "[DONE]");
        out.close();
    }

    private ObjectNode chunk(String id, JsonNode request) {
        ObjectNode chunk = Json.MAPPER.createObjectNode();
        chunk.put("id", id);
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", System.currentTimeMillis() / 1000);
        chunk.put("model", request.path("model").asText("fake-model"));
        ArrayNode choices = chunk.putArray("choices");
        choices.addObject().put("index", 0).putNull("finish_reason");
        return chunk;
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static List<String> words(String content) {
        List<String> words = new ArrayList<>();
        for (String word : content.split("(?<= )")) {
            words.add(word);
        }
        return words;
    }

    private static String lastUserMessage(JsonNode request) {
        String last = "";
        for (JsonNode message : request.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                last = message.path("content").asText();
            }
        }
        return last.length() > 200 ? last.substring(0, 200) : last;
    }

    private static int estimateTokens(JsonNode messages) {
        int chars = 0;
        for (JsonNode message : messages) {
            chars += message.path("content").asText().length();
        }
        return Math.max(1, chars / 4);
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9999;
        long latencyMs = args.length > 1 ? Long.parseLong(args[1]) : 0;
        FakeOpenAiServer fake = start(port).latency(Duration.ofMillis(latencyMs)).recordRequests(false);
        System.out.println("fake OpenAI server on " + fake.baseUrl() + " latency " + latencyMs + " ms");
        Thread.currentThread().join();
    }
}
