package org.aigc.generation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.contracts.UsageRecorded;
import org.aigc.generation.testing.FakeOpenAiProfile;
import org.aigc.generation.testing.FakeOpenAiResource;
import org.aigc.generation.testing.InjectFakeOpenAi;
import org.aigc.generation.testing.Kafka;
import org.aigc.generation.testing.ModelCalls;
import org.aigc.testkit.FakeOpenAiServer;
import org.aigc.testkit.FakeReply;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole hop against real Kafka and the fake OpenAI-compatible server behind alias {@code default}. */
@QuarkusTest
@TestProfile(FakeOpenAiProfile.class)
@QuarkusTestResource(InfrastructureResource.class)
class ModelCallFlowTest {

    @InjectFakeOpenAi
    FakeOpenAiServer fake;

    static KafkaTestClient kafka;
    static KafkaTestClient.Reader gamesResults;
    static KafkaTestClient.Reader marketingResults;
    static KafkaTestClient.Reader usage;
    static KafkaTestClient.Reader deadLetters;

    @BeforeAll
    static void connect() {
        kafka = Kafka.client();
        gamesResults = kafka.reader(Topics.modelResults("games"));
        marketingResults = kafka.reader(Topics.modelResults("marketing"));
        usage = kafka.reader(Topics.USAGE);
        deadLetters = kafka.reader(Topics.dlq(Topics.MODEL_CALLS));
        Kafka.warmUp(kafka, gamesResults);
    }

    @AfterAll
    static void disconnect() {
        for (AutoCloseable c : new AutoCloseable[] {gamesResults, marketingResults, usage, deadLetters, kafka}) {
            try {
                c.close();
            } catch (Exception e) {
                // best effort
            }
        }
    }

    @BeforeEach
    void resetFake() {
        fake.reset();
    }

    @Test
    void sendsTheExactChatRequestAndPublishesResultAndUsage() {
        JsonNode schema = Json.tree("""
                {"type":"object","required":["line"],"properties":{"line":{"type":"string","maxLength":120}}}
                """);
        ModelCallRequested call = ModelCalls.call().tenant("tenant-flow").task("npc-dialogue")
                .system("You are Brom, a blacksmith.").user("Greet the player " + UUID.randomUUID())
                .temperature(0.3).maxTokens(64).schema(schema).build();
        fake.enqueue(FakeReply.text("{\"line\":\"Well met, traveller.\"}").withUsage(12, 34));

        send(call);

        ConsumerRecord<String, String> resultRecord = Kafka.awaitResultRecord(gamesResults, call.requestId());
        ObjectNode expected = Json.MAPPER.createObjectNode();
        expected.put("model", FakeOpenAiResource.MODEL);
        expected.set("messages", Json.toTree(List.of(
                Map.of("role", "system", "content", "You are Brom, a blacksmith."),
                Map.of("role", "user", "content", call.messages().get(1).content()))));
        expected.put("temperature", 0.3);
        expected.put("max_tokens", 64);
        ObjectNode format = expected.putObject("response_format");
        format.put("type", "json_schema");
        format.putObject("json_schema").put("name", "npc-dialogue").put("strict", false).set("schema", schema);
        assertThat(requestsFor(call)).containsExactly(expected);

        assertThat(resultRecord.key()).isEqualTo(call.requestId());
        assertThat(EventSchemas.violations(ModelCallCompleted.class, Json.tree(resultRecord.value()))).isEmpty();
        ModelCallCompleted result = Json.read(resultRecord.value(), ModelCallCompleted.class);
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(result.callId()).isEqualTo(call.callId());
        assertThat(result.content()).isEqualTo("{\"line\":\"Well met, traveller.\"}");
        assertThat(result.model()).isEqualTo("default");
        assertThat(result.providerModel()).isEqualTo(FakeOpenAiResource.MODEL);
        assertThat(result.finishReason()).isEqualTo("stop");
        assertThat(result.usage().promptTokens()).isEqualTo(12);
        assertThat(result.usage().completionTokens()).isEqualTo(34);

        ConsumerRecord<String, String> usageRecord = Kafka.awaitUsageRecord(usage, call.requestId());
        assertThat(usageRecord.key()).isEqualTo("tenant-flow");
        assertThat(EventSchemas.violations(UsageRecorded.class, Json.tree(usageRecord.value()))).isEmpty();
        UsageRecorded recorded = Json.read(usageRecord.value(), UsageRecorded.class);
        assertThat(recorded.callId()).isEqualTo(call.callId());
        assertThat(recorded.task()).isEqualTo("npc-dialogue");
        assertThat(recorded.model()).isEqualTo("default");
        assertThat(recorded.providerModel()).isEqualTo(FakeOpenAiResource.MODEL);
        assertThat(recorded.promptTokens()).isEqualTo(12);
        assertThat(recorded.completionTokens()).isEqualTo(34);
        // 12 * 0.5 / 1000 + 34 * 1.5 / 1000
        assertThat(Json.tree(usageRecord.value()).get("cost").asText()).isEqualTo("0.057");
        assertThat(recorded.currency()).isEqualTo("USD");
        assertThat(recorded.cacheHit()).isFalse();
    }

    @Test
    void plainCallSendsNoResponseFormatAndAnswersOnTheCallersVerticalTopic() {
        ModelCallRequested call = ModelCalls.call().vertical("marketing").task("slogan")
                .user("A slogan for tea " + UUID.randomUUID()).build();

        send(call);

        ModelCallCompleted result = Kafka.awaitResult(marketingResults, call.requestId());
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(result.content()).startsWith("Fake model reply to: A slogan for tea");
        JsonNode request = requestsFor(call).get(0);
        assertThat(request.has("response_format")).isFalse();
        assertThat(request.has("temperature")).isFalse();
        assertThat(request.has("max_tokens")).isFalse();
    }

    @Test
    void serverErrorsAreRetriedTwiceThenFailWithModelError() {
        ModelCallRequested call = ModelCalls.call().user("retry me " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.error(500, "boom"), FakeReply.error(500, "boom"), FakeReply.error(500, "boom"));

        send(call);

        ModelCallCompleted result = Kafka.awaitResult(gamesResults, call.requestId());
        assertThat(result.status()).isEqualTo(ModelCallCompleted.FAILED);
        assertThat(result.errorCode()).isEqualTo("MODEL_ERROR");
        assertThat(result.model()).isEqualTo("default");
        assertThat(requestsFor(call)).hasSize(3);
    }

    @Test
    void rateLimitsAreRetriedUntilTheModelAnswers() {
        ModelCallRequested call = ModelCalls.call().user("busy " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.rateLimited(0), FakeReply.rateLimited(0));

        send(call);

        ModelCallCompleted result = Kafka.awaitResult(gamesResults, call.requestId());
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(requestsFor(call)).hasSize(3);
    }

    @Test
    void badRequestIsNotRetried() {
        ModelCallRequested call = ModelCalls.call().user("invalid " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.error(400, "invalid request"));

        send(call);

        ModelCallCompleted result = Kafka.awaitResult(gamesResults, call.requestId());
        assertThat(result.status()).isEqualTo(ModelCallCompleted.FAILED);
        assertThat(result.errorCode()).isEqualTo("MODEL_ERROR");
        assertThat(requestsFor(call)).hasSize(1);
    }

    @Test
    void anUnreadableAnswerFailsWithModelBadResponseWithoutRetry() {
        ModelCallRequested call = ModelCalls.call().user("garbled " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.malformed());

        send(call);

        ModelCallCompleted result = Kafka.awaitResult(gamesResults, call.requestId());
        assertThat(result.status()).isEqualTo(ModelCallCompleted.FAILED);
        assertThat(result.errorCode()).isEqualTo("MODEL_BAD_RESPONSE");
        assertThat(requestsFor(call)).hasSize(1);
    }

    @Test
    void aModelSlowerThanTheDeadlineFailsWithModelTimeout() {
        ModelCallRequested call = ModelCalls.call().user("too slow " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.text("late").delayed(Duration.ofMillis(FakeOpenAiProfile.DEADLINE_MS + 2000)));

        send(call);

        ModelCallCompleted result = Kafka.awaitResult(gamesResults, call.requestId());
        assertThat(result.status()).isEqualTo(ModelCallCompleted.FAILED);
        assertThat(result.errorCode()).isEqualTo("MODEL_TIMEOUT");
        assertThat(result.latencyMs()).isBetween(FakeOpenAiProfile.DEADLINE_MS - 100,
                FakeOpenAiProfile.DEADLINE_MS + 1500);
    }

    @Test
    void unknownAliasFailsWithModelUnknownWithoutCallingAnyModel() {
        ModelCallRequested call = ModelCalls.call().model("gpt-nonexistent").user("hi " + UUID.randomUUID()).build();

        send(call);

        ModelCallCompleted result = Kafka.awaitResult(gamesResults, call.requestId());
        assertThat(result.status()).isEqualTo(ModelCallCompleted.FAILED);
        assertThat(result.errorCode()).isEqualTo("MODEL_UNKNOWN");
        assertThat(result.model()).isEqualTo("gpt-nonexistent");
        assertThat(requestsFor(call)).isEmpty();
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndConsumptionContinues() {
        String notJson = "bad-" + UUID.randomUUID();
        String breaksSchema = "bad-" + UUID.randomUUID();
        ModelCallRequested good = ModelCalls.call().user("after the bad ones " + UUID.randomUUID()).build();

        kafka.send(Topics.MODEL_CALLS, notJson, "{this is not json");
        kafka.send(Topics.MODEL_CALLS, breaksSchema, "{\"requestId\":\"x\",\"messages\":[]}");
        send(good);

        assertThat(deadLetters.await(KafkaTestClient.key(notJson), Kafka.WAIT).value()).isEqualTo("{this is not json");
        assertThat(deadLetters.await(KafkaTestClient.key(breaksSchema), Kafka.WAIT).value())
                .contains("\"messages\":[]");
        assertThat(Kafka.awaitResult(gamesResults, good.requestId()).status()).isEqualTo(ModelCallCompleted.OK);
    }

    @Test
    void aSlowCallDoesNotHoldBackTheNextOne() {
        ModelCallRequested slow = ModelCalls.call().user("slow " + UUID.randomUUID()).build();
        ModelCallRequested fast = ModelCalls.call().user("fast " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.text("slow answer").delayed(Duration.ofMillis(1500)));

        send(slow);
        org.awaitility.Awaitility.await().atMost(Kafka.WAIT).until(() -> !requestsFor(slow).isEmpty());
        send(fast);

        long fastOffset = Kafka.awaitResultRecord(gamesResults, fast.requestId()).timestamp();
        long slowOffset = Kafka.awaitResultRecord(gamesResults, slow.requestId()).timestamp();
        assertThat(fastOffset).isLessThan(slowOffset);
    }

    @Test
    void modelsListsTheRegistryWithoutSecrets() {
        given().when().get("/models").then().statusCode(200)
                .body("find { it.alias == 'default' }.kind", org.hamcrest.Matchers.equalTo("base"))
                .body("find { it.alias == 'default' }.providerModel",
                        org.hamcrest.Matchers.equalTo(FakeOpenAiResource.MODEL))
                .body("find { it.alias == 'offline' }.kind", org.hamcrest.Matchers.equalTo("offline"))
                .body("alias", hasItem("offline"))
                .body(not(containsString(FakeOpenAiResource.API_KEY)))
                .body(not(containsString("127.0.0.1")));
    }

    private static void send(ModelCallRequested call) {
        kafka.sendEvent(Topics.MODEL_CALLS, call.requestId(), call);
    }

    /** The requests the fake received for this call (its last user message is unique per test). */
    private List<JsonNode> requestsFor(ModelCallRequested call) {
        String marker = call.messages().get(call.messages().size() - 1).content();
        return fake.requests().stream()
                .filter(r -> {
                    JsonNode messages = r.path("messages");
                    return messages.size() > 0 && marker.equals(messages.get(messages.size() - 1).path("content")
                            .asText());
                })
                .toList();
    }
}
