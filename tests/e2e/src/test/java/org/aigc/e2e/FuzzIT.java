package org.aigc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.aigc.e2e.FuzzCases.Case;
import org.aigc.e2e.FuzzEndpoints.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input, thousands of times: requests generated from a seeded {@link java.util.Random} (wrong types, huge strings,
 * deep nesting, invalid UTF-8, broken JSON, oversized bodies, path traversal and SQL in ids, odd query parameters and
 * headers) to every public endpoint of the gateway, including every route it forwards to the industry services.
 * Every answer must be below 500, and every 4xx an RFC 9457 problem document; afterwards every service must still be
 * ready and a normal job must still complete.
 *
 * <p>{@code -Dfuzz.seed=N} repeats a run (the seed is printed), {@code -Dfuzz.requests=N} sets the number of requests,
 * {@code -Dfuzz.case=N} sends only case N of the seed. A failure prints each distinct problem with the exact request.
 */
@ExtendWith(RequiresBuiltPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class FuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Vert.x answers these itself, before any application code: request line over 4096 bytes, headers over 20 KB. */
    private static final int MAX_INITIAL_LINE = 4096;
    private static final int MAX_HEADER_BLOCK = 20 * 1024;

    private final long seed = Long.getLong("fuzz.seed", System.nanoTime());
    private final int requests = Integer.getInteger("fuzz.requests", 6000);
    private final int threads = Integer.getInteger("fuzz.threads", 6);
    private final long budgetMillis = TimeUnit.SECONDS.toMillis(Long.getLong("fuzz.seconds", 100));

    private PlatformStack stack;
    private GatewayClient gateway;
    private Path workDir;
    private boolean failed;

    @BeforeAll
    void startPlatform() throws Exception {
        workDir = Files.createTempDirectory("aigc-fuzz-");
        long started = System.nanoTime();
        try {
            stack = PlatformStack.start(StackLayout.fromSystemProperty().snapshot(workDir.resolve("apps")), workDir);
        } catch (Exception | Error e) {
            failed = true;
            throw e;
        }
        System.out.printf("fuzz: platform up in %d ms (logs in %s)%n", (System.nanoTime() - started) / 1_000_000,
                workDir);
        gateway = new GatewayClient(stack.gatewayUrl());
    }

    @AfterAll
    void stopPlatform() throws IOException {
        if (stack != null) {
            stack.close();
        }
        if (workDir != null) {
            delete(workDir.resolve("apps"));
            if (failed) {
                System.err.println("fuzz: logs and data kept in " + workDir);
            } else {
                delete(workDir);
            }
        }
    }

    @Test
    void everyMalformedRequestGetsAProblemDocumentAndThePlatformStaysHealthy() throws Exception {
        FuzzFixture fixture = FuzzFixture.prepare(stack, gateway);
        List<Endpoint> endpoints = fixture.endpoints();
        FuzzCases cases = new FuzzCases(endpoints, fixture.context(), seed);
        System.out.printf("fuzz: seed %d (repeat with -Dfuzz.seed=%d), %d endpoints, %d requests on %d threads%n",
                seed, seed, endpoints.size(), requests, threads);
        endpoints.forEach(e -> System.out.println("fuzz:   " + e));

        Integer only = Integer.getInteger("fuzz.case");
        Results results = only != null ? flood(cases, List.of(only)) : flood(cases, null);

        System.out.println(results.summary());
        try {
            assertThat(results.failures).as(results.failureReport(seed)).isEmpty();
            for (ManagedProcess service : stack.services().values()) {
                assertThat(service.isAlive()).as("%s still runs", service).isTrue();
            }
            Readiness.awaitHealthy(stack.services().values(), java.time.Duration.ofSeconds(60));
            fixture.restoreRules();
            JsonNode job = gateway.generate(fixture.freshKey("fuzz-after"), "games", Samples.of("games").body());
            assertThat(job.path("status").asText()).as("a normal job after the flood: %s", job).isEqualTo("COMPLETED");
        } catch (AssertionError | RuntimeException e) {
            failed = true;
            System.err.println("fuzz: processes and log tails:" + stack.diagnostics(40));
            throw e;
        }
    }

    private Results flood(FuzzCases cases, List<Integer> only) throws InterruptedException {
        Results results = new Results();
        int port = stack.services().get("gateway-service").port();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.currentTimeMillis();
        List<Future<?>> pending = new ArrayList<>();
        int total = only == null ? requests : only.size();
        for (int i = 0; i < total; i++) {
            int number = only == null ? i : only.get(i);
            pending.add(pool.submit(() -> {
                if (System.currentTimeMillis() - started > budgetMillis) {
                    results.skipped.increment();
                    return;
                }
                Case fuzzCase = cases.generate(number);
                results.record(fuzzCase, send(port, fuzzCase));
            }));
        }
        pool.shutdown();
        pool.awaitTermination(budgetMillis + 120_000, TimeUnit.MILLISECONDS);
        results.millis = System.currentTimeMillis() - started;
        pending.stream().filter(Future::isDone).forEach(f -> {
            try {
                f.get();
            } catch (Exception e) {
                results.errors.add(e.toString());
            }
        });
        return results;
    }

    private static RawHttp.Response send(int port, Case fuzzCase) {
        try {
            return RawHttp.send(port, fuzzCase.request(), 70_000);
        } catch (IOException e) {
            return new RawHttp.Response(-2, Map.of("x-fuzz-error", e.toString()), new byte[0]);
        }
    }

    /**
     * Whether an answer is acceptable. Only the HTTP layer may answer without a problem document, and only where it
     * answers before any application code runs and offers no hook to change the answer; each such answer is counted
     * under its own verdict (see the class comment of {@link FuzzIT} in the report):
     * <ul>
     * <li>{@code server-limit}: Vert.x refuses a request line over 4096 bytes (414) or a header block over 20 KB (431)
     * with its default invalid-request handler, which Quarkus does not let an application replace;</li>
     * <li>{@code uri-rejected}: a request target that {@link URI} cannot parse (raw space, brace, broken escape) gets
     * an empty 400 from Netty (a malformed request line) or from Quarkus' URI check in front of the router (only
     * {@code -Dvertx.disableURIValidation=true} turns that off);</li>
     * <li>{@code cors-rejected}: a cross-origin request from an origin not allowed gets an empty 403 from Quarkus' CORS
     * filter, which ends the response itself (a browser would not show its body anyway).</li>
     * </ul>
     */
    static String verdict(Case fuzzCase, RawHttp.Response response) {
        RawHttp.Request request = fuzzCase.request();
        boolean beyondServerLimits = request.method().length() + request.target().length() + 10 > MAX_INITIAL_LINE
                || request.headBytes() > MAX_HEADER_BLOCK - 512;
        boolean bare = response.body().length == 0 && response.header("Content-Type") == null;
        if (beyondServerLimits && bare && response.header("X-Request-Id") == null
                && (response.status() == 414 || response.status() == 431 || response.status() == 400)) {
            return "server-limit";
        }
        if (bare && response.status() == 400 && response.header("X-Request-Id") == null && !parsesAsUri(request)) {
            return "uri-rejected";
        }
        if (bare && response.status() == 403 && isCrossOrigin(request)) {
            return "cors-rejected";
        }
        if (response.status() < 0) {
            return "FAIL no answer: " + response.headers();
        }
        // a 504 upstream-timeout is a failure too: both seen so far were requests the gateway could not forward
        // (a raw space in the target) and left unanswered until the forwarding timeout
        if (response.status() >= 500) {
            return "FAIL server error";
        }
        if (response.status() < 400) {
            return "ok";
        }
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "FAIL 4xx without application/problem+json";
        }
        if (request.method().equals("HEAD")) {
            return "ok";
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem == null || !problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != response.status()) {
                return "FAIL problem document without type/title/status";
            }
        } catch (IOException e) {
            return "FAIL problem document is not JSON";
        }
        return "ok";
    }

    private static boolean parsesAsUri(RawHttp.Request request) {
        try {
            new URI(request.target());
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isCrossOrigin(RawHttp.Request request) {
        return request.headers().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Origin")
                && !h.getValue().startsWith("http://127.0.0.1:"));
    }

    /** Counts by status and mutation, and the failures grouped by endpoint, status and verdict. */
    static final class Results {
        final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        final Map<String, LongAdder> byMutation = new ConcurrentHashMap<>();
        final Map<String, LongAdder> verdicts = new ConcurrentHashMap<>();
        final Map<String, List<String>> failures = new ConcurrentHashMap<>();
        final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        final LongAdder sent = new LongAdder();
        final LongAdder skipped = new LongAdder();
        long millis;

        void record(Case fuzzCase, RawHttp.Response response) {
            sent.increment();
            byStatus.computeIfAbsent(response.status(), s -> new LongAdder()).increment();
            fuzzCase.mutations().forEach(m -> byMutation.computeIfAbsent(m.replaceAll("-\\d+.*", ""),
                    k -> new LongAdder()).increment());
            String verdict = verdict(fuzzCase, response);
            verdicts.computeIfAbsent(verdict.startsWith("FAIL") ? "fail" : verdict, k -> new LongAdder()).increment();
            if (verdict.startsWith("FAIL")) {
                String key = response.status() + " " + fuzzCase.endpoint() + " " + verdict;
                String body = response.bodyText();
                String example = "case " + fuzzCase.number() + " " + fuzzCase.mutations() + "\n"
                        + fuzzCase.request().describe() + "\n--> HTTP " + response.status() + " "
                        + response.headers() + "\n" + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
                failures.computeIfAbsent(key, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(example);
            }
        }

        String summary() {
            return String.format("fuzz: %d requests in %d ms (%d skipped by the time budget), %s; status %s; verdicts %s;"
                    + " mutations %s; %d distinct failures%s", sent.sum(), millis, skipped.sum(),
                    sent.sum() * 1000 / Math.max(1, millis) + " req/s", sorted(byStatus), sorted(verdicts),
                    sorted(byMutation), failures.size(), errors.isEmpty() ? "" : "; errors " + errors);
        }

        String failureReport(long seed) {
            StringBuilder out = new StringBuilder("requests answered with 5xx or without a problem document (seed "
                    + seed + "; send one again with -Dfuzz.seed=" + seed + " -Dfuzz.case=N):\n");
            failures.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> out.append("\n### ")
                    .append(f.getKey()).append(" (").append(f.getValue().size()).append("x), first:\n")
                    .append(f.getValue().get(0)).append('\n'));
            return out.toString();
        }

        private static <K> String sorted(Map<K, LongAdder> counts) {
            Map<String, Long> out = new TreeMap<>();
            counts.forEach((k, v) -> out.put(String.valueOf(k), v.sum()));
            return out.toString();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
