package org.aigc.gateway.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A stand-in for the games industry service (JDK HTTP server): records every request it gets and answers
 * {@code 200} (or {@code 201} for a POST) with a JSON echo of what it saw. Points {@code gateway.verticals.games.url}
 * at itself.
 */
public class StubVertical implements QuarkusTestResourceLifecycleManager {

    /** One request as the stub received it; header names are lower case. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : values.get(0);
        }
    }

    /** What {@code GET /api/v1/games/tasks} answers: one task with a small input schema, for the console. */
    static final String TASKS = """
            [{"name": "quest", "description": "A side quest for a game world",
              "inputSchema": {"type": "object", "required": ["theme"], "properties": {
                "theme": {"type": "string", "maxLength": 80, "title": "Theme"},
                "difficulty": {"type": "string", "enum": ["easy", "hard"]},
                "steps": {"type": "integer", "minimum": 1, "maximum": 9}}},
              "outputSchema": null}]""";

    private static final LinkedBlockingQueue<Received> RECEIVED = new LinkedBlockingQueue<>();
    private static HttpServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), Map.Entry::getValue, (a, b) -> a));
                Received received = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? ""
                                : "?" + exchange.getRequestURI().getRawQuery()), headers, body);
                RECEIVED.add(received);
                if (received.pathAndQuery().endsWith("/bare-404")) {
                    // an error without a problem document, as a framework might send it
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                if (received.method().equals("GET") && received.pathAndQuery().endsWith("/tasks")) {
                    byte[] tasks = TASKS.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, tasks.length);
                    exchange.getResponseBody().write(tasks);
                    exchange.close();
                    return;
                }
                byte[] answer = ("{\"method\":\"" + received.method() + "\",\"tenant\":\""
                        + received.header("X-Aigc-Tenant") + "\",\"bodyLength\":" + body.length() + "}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/vnd.games+json");
                exchange.sendResponseHeaders(received.method().equals("POST") ? 201 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }
        return Map.of("gateway.verticals.games.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void stop() {
        // shared by all test classes of the JVM, like the infrastructure
    }

    public static void clear() {
        RECEIVED.clear();
    }

    /** The next request the stub received, waiting up to 5 s. */
    public static Received next() {
        try {
            Received received = RECEIVED.poll(5, TimeUnit.SECONDS);
            if (received == null) {
                throw new AssertionError("the stub vertical received no request");
            }
            return received;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static boolean nothingReceived() {
        return RECEIVED.isEmpty();
    }
}
