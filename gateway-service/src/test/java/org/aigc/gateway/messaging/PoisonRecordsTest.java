package org.aigc.gateway.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelChunk;
import org.aigc.contracts.Topics;
import org.aigc.contracts.Verticals;
import org.aigc.gateway.support.FakeGenerationService;
import org.aigc.gateway.support.FakeIndustryService;
import org.aigc.gateway.support.SseClient;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.gateway.support.Usage;
import org.aigc.testkit.DeadLetters;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every gateway consumer against poison records: a record that is not JSON, JSON that breaks the event's schema, and
 * (where the consumer can tell) a key that is not the record's request id. Each lands on its topic's {@code .dlq}
 * with the error in the headers, and a valid record sent after it on the same partition (same key) is still handled.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class PoisonRecordsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NOT_JSON = "{\"this is\": not json";

    /** Valid JSON, but no GenerationCompleted: no eventId, tenantId, ... and an unknown status. */
    private static String resultBreakingItsSchema(String requestId) {
        return "{\"requestId\": \"" + requestId + "\", \"status\": \"MAYBE\"}";
    }

    private static ConsumerRecord<String, String> deadLetter(KafkaTestClient.Reader dlq, String key, String value) {
        return dlq.await(r -> key.equals(r.key()) && value.equals(r.value()), WAIT);
    }

    /**
     * results-in (shared group) dead-letters, waiters-in (per replica) skips the same records: the waiting caller
     * is still woken by the valid result behind the poison, and each poison record is dead-lettered once, not once
     * per consumer.
     */
    @Test
    void resultsPoisonIsDeadLetteredOnceAndTheWaitingCallerIsStillWoken() {
        TestTenant tenant = TestTenants.create();
        awaitWaitersConsumerAssigned(tenant);
        String task = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader dlq = kafka.reader(Topics.dlq(Topics.RESULTS));
                FakeIndustryService games = FakeIndustryService.answering("games", task, request -> {
                    // same key as the result, so the same partition: both consumers meet the poison first
                    kafka.send(Topics.RESULTS, request.requestId(), NOT_JSON);
                    kafka.send(Topics.RESULTS, request.requestId(), resultBreakingItsSchema(request.requestId()));
                    return GenerationCompleted.of(request, GenerationStatus.COMPLETED).content("after the poison")
                            .build();
                })) {
            long start = System.nanoTime();
            submitWaiting(tenant, task, 25).then().statusCode(200).body("status", equalTo("COMPLETED"))
                    .body("result.content", equalTo("after the poison"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("woken by the result, not by the deadline")
                    .isLessThan(Duration.ofSeconds(15));
            String id = games.answered().requestId();

            DeadLetters.assertDeadLetter(deadLetter(dlq, id, NOT_JSON), Topics.RESULTS, NOT_JSON, "malformed JSON");
            String breaker = resultBreakingItsSchema(id);
            DeadLetters.assertDeadLetter(deadLetter(dlq, id, breaker), Topics.RESULTS, breaker,
                    "GenerationCompleted violates its schema", "MalformedEventException");
            assertThat(dlq.drain(Duration.ofSeconds(1)).stream().filter(KafkaTestClient.key(id)))
                    .as("one dead letter per poison record: only the shared group dead-letters").hasSize(2);
            tenant.request().get("/api/v1/jobs/{id}", id).then().statusCode(200)
                    .body("status", equalTo("COMPLETED"));
        }
    }

    private static io.restassured.response.Response submitWaiting(TestTenant tenant, String task, int seconds) {
        return tenant.request().contentType(ContentType.JSON).header("Prefer", "wait=" + seconds)
                .body(Map.of("task", task, "input", Map.of("topic", "dragons")))
                .post("/api/v1/games/generations");
    }

    /**
     * The per-replica waiters consumer starts at the latest offset once assigned: until then a result passes it by.
     * Waits until a waiting caller is woken before its deadline, so the test does not depend on the test order.
     */
    private static void awaitWaitersConsumerAssigned(TestTenant tenant) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String task = "warm-up-" + UUID.randomUUID().toString().substring(0, 8);
            try (FakeIndustryService games = FakeIndustryService.answering("games", task,
                    request -> GenerationCompleted.of(request, GenerationStatus.COMPLETED).content("warm").build())) {
                long start = System.nanoTime();
                // at the deadline the gateway re-reads the job: only an answer well before it proves a wake-up
                if (submitWaiting(tenant, task, 3).statusCode() == 200
                        && Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(2500)) < 0) {
                    return;
                }
            }
        }
        throw new AssertionError("the waiters consumer never woke a waiting caller");
    }

    @Test
    void usagePoisonIsDeadLetteredAndMeteringContinues() {
        TestTenant tenant = TestTenants.create();
        String breaker = "{\"eventId\": \"e-1\", \"tenantId\": \"" + tenant.id() + "\", \"promptTokens\": -5}";
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader dlq = kafka.reader(Topics.dlq(Topics.USAGE))) {
            // usage is keyed by tenant: the poison and the valid event share a partition, poison first
            kafka.send(Topics.USAGE, tenant.id(), NOT_JSON);
            kafka.send(Topics.USAGE, tenant.id(), breaker);
            kafka.sendEvent(Topics.USAGE, tenant.id(), Usage.at(tenant.id(), "r-after-poison", "games", "quest",
                    "offline", 10, 5, "0.25", Instant.parse("2024-05-01T10:00:00Z")));

            DeadLetters.assertDeadLetter(deadLetter(dlq, tenant.id(), NOT_JSON), Topics.USAGE, NOT_JSON,
                    "malformed JSON");
            DeadLetters.assertDeadLetter(deadLetter(dlq, tenant.id(), breaker), Topics.USAGE, breaker,
                    "UsageRecorded violates its schema");
        }
        await().atMost(WAIT).untilAsserted(() -> tenant.request()
                .queryParam("from", "2024-05-01").queryParam("to", "2024-05-01").get("/api/v1/usage")
                .then().statusCode(200).body("totals[0].calls", equalTo(1)).body("totals[0].cost", equalTo("0.25")));
    }

    @Test
    void chunkPoisonOfAWatchedStreamIsDeadLetteredAndTheStreamGoesOn() {
        TestTenant tenant = TestTenants.create();
        String id = tenant.submitAccepted("games", "quest");
        String url = "http://localhost:" + RestAssured.port + "/api/v1/jobs/" + id + "/events";
        try (SseClient client = new SseClient(url, tenant.key());
                KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader dlq = kafka.reader(Topics.dlq(Topics.MODEL_CHUNKS))) {
            await().atMost(WAIT).until(() -> client.names().contains("status"));
            // the replica's chunk consumer starts at the latest offset: send until a delta comes through
            int seq = 0;
            while (!client.names().contains("chunk")) {
                kafka.sendEvent(Topics.MODEL_CHUNKS, id, chunk(id, tenant.id(), seq++, "warm-up "));
                await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> true);
                assertThat(seq).as("no delta came through").isLessThan(100);
            }
            String breaker = "{\"requestId\": \"" + id + "\", \"seq\": \"first\"}";
            String otherRequest = Json.write(chunk(UUID.randomUUID().toString(), tenant.id(), seq++, "stray"));
            kafka.send(Topics.MODEL_CHUNKS, id, NOT_JSON);
            kafka.send(Topics.MODEL_CHUNKS, id, breaker);
            kafka.send(Topics.MODEL_CHUNKS, id, otherRequest);
            kafka.sendEvent(Topics.MODEL_CHUNKS, id, chunk(id, tenant.id(), seq++, "after the poison"));

            await().atMost(WAIT).until(() -> client.events().stream()
                    .anyMatch(e -> e.data().contains("after the poison")));
            assertThat(client.events()).noneMatch(e -> e.data().contains("stray"));
            DeadLetters.assertDeadLetter(deadLetter(dlq, id, NOT_JSON), Topics.MODEL_CHUNKS, NOT_JSON,
                    "malformed JSON");
            DeadLetters.assertDeadLetter(deadLetter(dlq, id, breaker), Topics.MODEL_CHUNKS, breaker,
                    "ModelChunk violates its schema");
            DeadLetters.assertDeadLetter(deadLetter(dlq, id, otherRequest), Topics.MODEL_CHUNKS, otherRequest,
                    "is not its requestId");
        }
    }

    @Test
    void directResultPoisonIsDeadLetteredAndTheDirectCallerIsStillAnswered() {
        TestTenant tenant = TestTenants.create();
        String directTopic = Topics.modelResults(Verticals.DIRECT);
        List<String> poisonKeys = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader dlq = kafka.reader(Topics.dlq(directTopic));
                FakeGenerationService generation = new FakeGenerationService(call -> {
                    if (call.messages().get(call.messages().size() - 1).content().contains("poison")) {
                        // same key as the answer that follows, so the gateway reads the poison first
                        kafka.send(directTopic, call.requestId(), NOT_JSON);
                        kafka.send(directTopic, call.requestId(), "{\"requestId\": \"" + call.requestId() + "\"}");
                        poisonKeys.add(call.requestId());
                    }
                    return "answered";
                })) {
            // a first call makes sure the per-replica consumer is assigned before any poison is sent
            chat(tenant, "warm up");
            chat(tenant, "poison first");

            assertThat(poisonKeys).hasSize(1);
            String key = poisonKeys.get(0);
            DeadLetters.assertDeadLetter(deadLetter(dlq, key, NOT_JSON), directTopic, NOT_JSON, "malformed JSON");
            String breaker = "{\"requestId\": \"" + key + "\"}";
            DeadLetters.assertDeadLetter(deadLetter(dlq, key, breaker), directTopic, breaker,
                    "ModelCallCompleted violates its schema");
        }
    }

    private static void chat(TestTenant tenant, String content) {
        tenant.request().contentType(ContentType.JSON)
                .body(Json.write(Map.of("model", "default", "max_tokens", 16,
                        "messages", List.of(Map.of("role", "user", "content", content)))))
                .post("/v1/chat/completions")
                .then().statusCode(200).body("choices[0].message.content", equalTo("answered"));
    }

    private static ModelChunk chunk(String requestId, String tenantId, int seq, String delta) {
        return new ModelChunk(UUID.randomUUID().toString(), requestId, tenantId, "games", Instant.now(),
                ModelChunk.SCHEMA_VERSION, "call-1", seq, delta, false, null);
    }
}
