package org.aigc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aigc.e2e.GatewayClient.Reply;
import org.aigc.testkit.FakeOpenAiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Crashes and stops mid-flight lose nothing and bill nothing twice. The generation service's {@code default} model is
 * the fake OpenAI server answering after {@value #MODEL_LATENCY_MS} ms, with at most {@value #MODEL_CONCURRENCY}
 * calls at once, so a batch of jobs is in flight for seconds. While it is, services are killed (SIGKILL: no shutdown
 * hook, no commit) or stopped (SIGTERM: graceful shutdown) and started again. Afterwards every job is final, each
 * has exactly one result event and is billed exactly once, and no budget stays reserved. Checked through the
 * gateway's API, the {@code aigc.results}/{@code aigc.usage} topics ({@link TopicLedger}) and the gateway's tables.
 */
@ExtendWith(RequiresBuiltPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class CrashRecoveryIT {

    static final long MODEL_LATENCY_MS = 600;
    static final int MODEL_CONCURRENCY = 4;
    private static final List<String> VERTICALS = List.of("games", "marketing", "media");
    private static final Duration ALL_FINAL_WITHIN = Duration.ofSeconds(120);

    private FakeOpenAiServer fake;
    private PlatformStack stack;
    private GatewayClient gateway;
    private Path workDir;
    private Map<String, String> generationEnv;
    private volatile boolean failed;

    @RegisterExtension
    final TestWatcher dumpLogsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
            if (stack != null) {
                System.err.println("crash e2e failure in " + context.getDisplayName() + "; processes and log tails:"
                        + stack.diagnostics(60));
            }
        }
    };

    @BeforeAll
    void startPlatform() throws Exception {
        fake = FakeOpenAiServer.start().latency(Duration.ofMillis(MODEL_LATENCY_MS)).recordRequests(true);
        generationEnv = Map.of(
                "AIGC_OPENAI_BASE_URL", fake.baseUrl(),
                "AIGC_OPENAI_API_KEY", "e2e-test-key",
                "AIGC_OPENAI_MODEL", "fake-gpt",
                "AIGC_OPENAI_PRICE_INPUT_PER_1K", "0.5",
                "AIGC_OPENAI_PRICE_OUTPUT_PER_1K", "1.5",
                "SMALLRYE_MESSAGING_WORKER_MODEL_CALLS_MAX_CONCURRENCY", String.valueOf(MODEL_CONCURRENCY));
        workDir = Files.createTempDirectory("aigc-crash-");
        long started = System.nanoTime();
        try {
            stack = PlatformStack.start(StackLayout.fromSystemProperty().snapshot(workDir.resolve("apps")), workDir,
                    Map.of("generation-service", generationEnv));
        } catch (Exception | Error e) {
            failed = true;
            System.err.println("crash e2e: platform did not start; logs and data kept in " + workDir);
            throw e;
        }
        System.out.printf("crash e2e: platform up in %d ms (data and logs in %s)%n", millisSince(started), workDir);
        gateway = new GatewayClient(stack.gatewayUrl());
    }

    @AfterAll
    void stopPlatform() throws IOException {
        if (stack != null) {
            stack.close();
        }
        if (fake != null) {
            fake.close();
        }
        if (workDir != null) {
            delete(workDir.resolve("apps"));
            if (failed) {
                System.err.println("crash e2e: logs and data kept in " + workDir);
            } else {
                delete(workDir);
            }
        }
    }

    /** SIGKILL an industry service and the generation service while 36 jobs are in flight. */
    @Test
    @Order(1)
    void killedServicesLoseNothingAndBillNothingTwice() throws Exception {
        Batch batch = submitBatch("crash-kill", 36);

        long killedAt = System.nanoTime();
        stack.crash("vertical-marketing");
        stack.crash("generation-service");
        int finalAtKill = countFinal(batch);
        stack.restart(Map.of("vertical-marketing", Map.of(), "generation-service", generationEnv));
        long restartedMs = millisSince(killedAt);
        awaitAllFinal(batch);
        System.out.printf("crash e2e (SIGKILL): %d jobs, %d final at the kill, %d model calls received by then; "
                + "services back in %d ms, all final %d ms after the kill%n", batch.jobIds().size(), finalAtKill,
                batch.callsAtInterruption(), restartedMs, millisSince(killedAt));

        assertExactlyOnce(batch);
    }

    /** SIGTERM (as {@code ./aigc down} sends) the generation service and an industry service mid-flight. */
    @Test
    @Order(2)
    void stoppedServicesFinishOrHandBackTheirWork() throws Exception {
        Batch batch = submitBatch("crash-term", 30);

        long stoppingAt = System.nanoTime();
        Map<String, Integer> exitCodes = new TreeMap<>();
        List.of("generation-service", "vertical-games").parallelStream()
                .forEach(service -> exitCodes.put(service, stack.terminate(service)));
        long stoppedMs = millisSince(stoppingAt);
        int finalAtStop = countFinal(batch);
        stack.restart(Map.of("generation-service", generationEnv, "vertical-games", Map.of()));
        awaitAllFinal(batch);
        System.out.printf("crash e2e (SIGTERM): %d jobs, stopped in %d ms with exit codes %s, %d final then; "
                + "all final %d ms after the stop%n", batch.jobIds().size(), stoppedMs, exitCodes, finalAtStop,
                millisSince(stoppingAt));

        assertThat(exitCodes).as("a graceful stop exits on SIGTERM (143), within the grace period (not 137)")
                .containsOnly(Map.entry("generation-service", 143), Map.entry("vertical-games", 143));
        assertExactlyOnce(batch);
    }

    /** The jobs of one tenant, and how many model calls the fake had received when the services went down. */
    private record Batch(String tenantId, String key, List<String> jobIds, int callsAtInterruption) {
    }

    /**
     * A new tenant with a monthly budget (so reservations are held), {@code jobs} submissions round-robin over three
     * industries, then waits until the model has started on some of them: the caller interrupts right after.
     */
    private Batch submitBatch(String name, int jobs) throws InterruptedException {
        Reply tenant = gateway.post("/api/v1/admin/tenants", stack.adminKey(),
                "{\"name\":\"" + name + "\",\"monthlyBudget\":\"1000\"}", null);
        GatewayClient.require(tenant, 201);
        String tenantId = tenant.json().path("id").asText();
        Reply issued = gateway.post("/api/v1/admin/tenants/" + tenantId + "/keys", stack.adminKey(), "{}", null);
        GatewayClient.require(issued, 201);
        String key = issued.json().path("key").asText();

        int callsBefore = fake.requests().size();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            String vertical = VERTICALS.get(i % VERTICALS.size());
            Reply accepted = gateway.post("/api/v1/" + vertical + "/generations", key, Samples.of(vertical).body(),
                    null);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            ids.add(accepted.json().path("id").asText());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (fake.requests().size() < callsBefore + MODEL_CONCURRENCY) {
            assertThat(System.nanoTime()).as("the model saw no calls of the batch within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
        return new Batch(tenantId, key, ids, fake.requests().size() - callsBefore);
    }

    private int countFinal(Batch batch) {
        return (int) batch.jobIds().stream().map(id -> job(batch, id))
                .filter(job -> GatewayClient.isFinal(job.path("status").asText())).count();
    }

    private void awaitAllFinal(Batch batch) throws InterruptedException {
        long deadline = System.nanoTime() + ALL_FINAL_WITHIN.toNanos();
        List<String> open = new ArrayList<>(batch.jobIds());
        while (!open.isEmpty()) {
            open.removeIf(id -> GatewayClient.isFinal(job(batch, id).path("status").asText()));
            if (!open.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("jobs still open after " + ALL_FINAL_WITHIN + ": " + open
                            + "\nthose jobs: " + open.stream().map(id -> job(batch, id).toString()).toList()
                            + "\ndead-lettered records: " + TopicLedger.deadLetters(stack.kafkaBootstrap()));
                }
                Thread.sleep(500);
            }
        }
    }

    private JsonNode job(Batch batch, String id) {
        Reply reply = gateway.get("/api/v1/jobs/" + id, batch.key());
        GatewayClient.require(reply, 200);
        return reply.json();
    }

    /**
     * Every job final with exactly one result event (by eventId; the transport may repeat an event, never make a
     * second one) whose status is the job's; every model call billed by one usage event however often it ran; the
     * gateway's records, each job's cost and the tenant's usage report agree with that; nothing stays reserved.
     */
    private void assertExactlyOnce(Batch batch) throws Exception {
        assertThat(TopicLedger.deadLetters(stack.kafkaBootstrap()))
                .as("records a crashed or stopping service dead-lettered instead of handing them back").isEmpty();
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        batch.jobIds().forEach(id -> jobs.put(id, job(batch, id)));
        Map<String, Long> byStatus = new TreeMap<>();
        jobs.values().forEach(job -> byStatus.merge(job.path("vertical").asText() + " " + job.path("status").asText()
                + job.path("result").path("errorCode").asText("").transform(code -> code.isEmpty() ? "" : " " + code),
                1L, Long::sum));
        assertThat(jobs.values()).allSatisfy(job -> assertThat(GatewayClient.isFinal(job.path("status").asText()))
                .as("job %s", job).isTrue());

        TopicLedger topics = TopicLedger.read(stack.kafkaBootstrap(), jobs.keySet());
        System.out.printf("crash e2e: statuses %s; aigc.results %d records for %d jobs; aigc.usage %d records, "
                + "%d distinct%n", byStatus, topics.resultRecords(), jobs.size(), topics.usageRecords(),
                topics.distinctUsage());
        for (Map.Entry<String, JsonNode> entry : jobs.entrySet()) {
            List<JsonNode> results = topics.distinctResults(entry.getKey());
            assertThat(results).as("distinct GenerationCompleted events of job %s", entry.getKey()).hasSize(1);
            assertThat(results.get(0).path("status").asText()).as("job %s", entry.getKey())
                    .isEqualTo(entry.getValue().path("status").asText());
            assertThat(topics.usageEventsPerCall(entry.getKey()).values())
                    .as("usage events per model call of job %s", entry.getKey()).containsOnly(1);
        }

        // usage reaches the gateway on its own topic, independently of the result, and a finished job's reservation
        // is released after the usage grace (3 s in PlatformStack): allow it a moment
        eventually(Duration.ofSeconds(20), () -> assertBilledOnce(batch, jobs.keySet(), topics));
    }

    private void assertBilledOnce(Batch batch, java.util.Set<String> jobIds, TopicLedger topics) throws Exception {
        GatewayLedger ledger = GatewayLedger.read(stack.jdbcUrl("gateway"), batch.tenantId());
        assertThat(ledger.usageRecordsByJob().keySet()).as("jobs with usage").containsExactlyInAnyOrderElementsOf(
                topics.jobsWithUsage());
        ledger.usageRecordsByJob().forEach((job, records) -> assertThat(records)
                .as("usage records of job %s (one per model call)", job).isEqualTo(topics.callsWithUsage(job)));
        assertThat(ledger.openReservations()).as("reservations not released").isZero();
        assertThat(ledger.reservedBudget()).as("budget still reserved").isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(ledger.reservedTokens()).as("tokens still reserved").isZero();

        BigDecimal jobCosts = BigDecimal.ZERO;
        for (String id : jobIds) {
            BigDecimal cost = new BigDecimal(job(batch, id).path("cost").asText("0"));
            assertThat(cost).as("cost of job %s", id).isEqualByComparingTo(topics.cost(id));
            jobCosts = jobCosts.add(cost);
        }
        assertThat(jobCosts).as("the batch was billed").isPositive();
        Reply usage = gateway.get("/api/v1/usage", batch.key());
        GatewayClient.require(usage, 200);
        JsonNode total = usage.json().path("totals").path(0);
        assertThat(new BigDecimal(total.path("cost").asText())).as("tenant's cost = sum of its distinct jobs: %s",
                usage.body()).isEqualByComparingTo(jobCosts);
        assertThat(total.path("calls").asLong()).as("tenant's metered calls").isEqualTo(topics.distinctUsage());
        assertThat(ledger.spentBudget()).as("budget spent").isEqualByComparingTo(jobCosts);
    }

    interface Check {
        void run() throws Exception;
    }

    /** Runs the check until it passes or {@code timeout} has passed (then its last failure is thrown). */
    private static void eventually(Duration timeout, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
