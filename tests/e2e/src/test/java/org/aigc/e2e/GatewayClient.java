package org.aigc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** The public REST API of the gateway, as any HTTP client sees it. Nothing else of the platform is touched. */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FINAL = Set.of("COMPLETED", "BLOCKED", "FAILED", "REJECTED", "NEEDS_REVIEW");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response with its body parsed (a {@code null} tree when the body is empty or no JSON). */
    record Reply(int status, String contentType, String location, String body, JsonNode json) {
    }

    Reply get(String path, String bearer) {
        return send(request(path, bearer).GET(), Duration.ofSeconds(30));
    }

    Reply post(String path, String bearer, String body, String prefer) {
        HttpRequest.Builder request = request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        return send(request, Duration.ofSeconds(90));
    }

    Reply put(String path, String bearer, String body) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), Duration.ofSeconds(30));
    }

    Reply patch(String path, String bearer, String body) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)), Duration.ofSeconds(30));
    }

    /** Creates a tenant and issues it a key with the admin key; returns the key's plain text. */
    String newTenantKey(String adminKey, String name) {
        Reply tenant = post("/api/v1/admin/tenants", adminKey, "{\"name\":\"" + name + "\"}", null);
        require(tenant, 201);
        Reply key = post("/api/v1/admin/tenants/" + tenant.json().path("id").asText() + "/keys", adminKey, "{}", null);
        require(key, 201);
        return key.json().path("key").asText();
    }

    /**
     * Submits a generation with {@code Prefer: wait=30} and returns the job once it is final, polling
     * {@code GET /api/v1/jobs/{id}} if the inline wait did not cover it; 45 s in all (the offline model answers in
     * milliseconds, so a stuck pipeline fails fast instead of holding the build).
     */
    JsonNode generate(String key, String vertical, String body) throws InterruptedException {
        long started = System.nanoTime();
        Reply submitted = post("/api/v1/" + vertical + "/generations", key, body, "wait=30");
        if (submitted.status() != 200 && submitted.status() != 202) {
            throw new AssertionError("submission to " + vertical + " answered " + submitted.status() + ": "
                    + submitted.body());
        }
        Duration left = Duration.ofSeconds(45).minusNanos(System.nanoTime() - started);
        return awaitFinal(key, submitted.json(), left.isNegative() ? Duration.ZERO : left);
    }

    /** Polls {@code GET /api/v1/jobs/{id}} until the job is final or {@code timeout} has passed. */
    JsonNode awaitFinal(String key, JsonNode accepted, Duration timeout) throws InterruptedException {
        JsonNode job = accepted;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!FINAL.contains(job.path("status").asText())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job not final in time: " + job);
            }
            Thread.sleep(250);
            Reply polled = get("/api/v1/jobs/" + job.path("id").asText(), key);
            require(polled, 200);
            job = polled.json();
        }
        return job;
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether a job status is final (no further result follows). */
    static boolean isFinal(String status) {
        return FINAL.contains(status);
    }

    static void require(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + reply.status() + ": " + reply.body());
        }
    }
}
