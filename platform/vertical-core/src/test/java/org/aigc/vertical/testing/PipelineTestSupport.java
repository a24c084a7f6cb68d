package org.aigc.vertical.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationOptions;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.contracts.Topics;
import org.aigc.testkit.DeadLetters;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drives a vertical's pipeline over Kafka in a {@code @QuarkusTest}, the way the gateway and the generation service
 * do: publish a request, await the model call, answer it, await the result. One per test class, as a JUnit extension:
 * {@code @RegisterExtension static final PipelineTestSupport pipeline = new PipelineTestSupport("games");}. Its
 * readers are positioned before the class's first test and closed after its last.
 */
public final class PipelineTestSupport implements BeforeAllCallback, AfterAllCallback {

    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** For the poison checks, which may be the first test of a JVM: the consumer group may still be joining. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final String vertical;
    private final String tenantId;
    private KafkaTestClient kafka;
    private KafkaTestClient.Reader modelCalls;
    private KafkaTestClient.Reader results;
    private KafkaTestClient.Reader requestDeadLetters;
    private KafkaTestClient.Reader modelResultDeadLetters;

    /** Opens nothing yet: JUnit calls {@link #beforeAll} once the class's Quarkus application and Kafka are up. */
    public PipelineTestSupport(String vertical) {
        this.vertical = vertical;
        this.tenantId = "test-" + vertical;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = KafkaTestClient.shared();
        modelCalls = kafka.reader(Topics.MODEL_CALLS);
        results = kafka.reader(Topics.RESULTS);
        requestDeadLetters = kafka.reader(Topics.dlq(Topics.requests(vertical)));
        modelResultDeadLetters = kafka.reader(Topics.dlq(Topics.modelResults(vertical)));
    }


    public String tenantId() {
        return tenantId;
    }

    /** A request of this vertical's test tenant with a fresh request id. */
    public GenerationRequested request(String task, String inputJson, String locale) {
        return GenerationRequested.of("req-" + UUID.randomUUID(), tenantId, vertical, task, Json.tree(inputJson),
                new GenerationOptions(null, locale, false, null));
    }

    public void send(GenerationRequested request) {
        kafka.sendEvent(Topics.requests(vertical), request.requestId(), request);
    }

    /** Publishes a raw record on the vertical's request topic (for malformed-record tests). */
    public void sendRaw(String key, String value) {
        kafka.send(Topics.requests(vertical), key, value);
    }

    public ModelCallRequested awaitModelCall(String requestId) {
        return Json.read(modelCalls.await(KafkaTestClient.key(requestId), TIMEOUT).value(), ModelCallRequested.class);
    }

    /** Every model call seen for the request within the given time. */
    public List<ModelCallRequested> modelCallsWithin(String requestId, Duration duration) {
        return modelCalls.drain(duration).stream().filter(KafkaTestClient.key(requestId))
                .map(r -> Json.read(r.value(), ModelCallRequested.class)).toList();
    }

    /** Answers a model call as the generation service would, with a successful completion. */
    public void answer(ModelCallRequested call, String content) {
        ModelCallCompleted done = ModelCallCompleted.ok(call, content, "offline", "offline-echo", "stop",
                new TokenUsage(120, 40), 35, null);
        kafka.sendEvent(Topics.modelResults(vertical), call.requestId(), done);
    }

    public void answerFailed(ModelCallRequested call, String errorCode) {
        ModelCallCompleted failed = ModelCallCompleted.failed(call, "offline", errorCode, "simulated failure",
                TokenUsage.ZERO, 10, null);
        kafka.sendEvent(Topics.modelResults(vertical), call.requestId(), failed);
    }

    public GenerationCompleted awaitResult(String requestId) {
        return Json.read(results.await(KafkaTestClient.key(requestId), TIMEOUT).value(), GenerationCompleted.class);
    }

    /** Every result of the request seen within the given time (after those already awaited). */
    public List<GenerationCompleted> resultsWithin(String requestId, Duration duration) {
        return results.drain(duration).stream().filter(KafkaTestClient.key(requestId))
                .map(r -> Json.read(r.value(), GenerationCompleted.class)).toList();
    }

    /**
     * The first result of the request with the given status: a held result is published twice (NEEDS_REVIEW, then
     * the reviewer's COMPLETED or BLOCKED).
     */
    public GenerationCompleted awaitResult(String requestId, org.aigc.contracts.GenerationStatus status) {
        return Json.read(results.await(r -> requestId.equals(r.key())
                && Json.read(r.value(), GenerationCompleted.class).status() == status, TIMEOUT).value(),
                GenerationCompleted.class);
    }

    /**
     * The whole round trip: request, model call answered with {@code modelContent}, result. A repair call (the
     * pipeline re-asking after an answer that breaks the output schema) gets the same answer again.
     */
    public Round run(GenerationRequested request, String modelContent) {
        send(request);
        ModelCallRequested call = awaitModelCall(request.requestId());
        answer(call, modelContent);
        return new Round(call, awaitResultAnsweringRepairs(call, modelContent));
    }

    /** The result of the call's request, answering every further model call of the request with {@code content}. */
    public GenerationCompleted awaitResultAnsweringRepairs(ModelCallRequested first, String content) {
        java.util.Set<String> answered = new java.util.HashSet<>(List.of(first.callId()));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            java.util.Optional<GenerationCompleted> result = results.drain(Duration.ofMillis(100)).stream()
                    .filter(KafkaTestClient.key(first.requestId())).findFirst()
                    .map(r -> Json.read(r.value(), GenerationCompleted.class));
            if (result.isPresent()) {
                return result.get();
            }
            for (ModelCallRequested call : modelCallsWithin(first.requestId(), Duration.ofMillis(100))) {
                if (answered.add(call.callId())) {
                    answer(call, content);
                }
            }
        }
        throw new AssertionError("no result for " + first.requestId() + " within " + TIMEOUT);
    }

    public ConsumerRecord<String, String> awaitRequestDeadLetter(String key) {
        return requestDeadLetters.await(KafkaTestClient.key(key), TIMEOUT);
    }

    /** Publishes a raw record on the vertical's model results topic (for malformed-record tests). */
    public void sendRawModelResult(String key, String value) {
        kafka.send(Topics.modelResults(vertical), key, value);
    }

    /** The dead letter of the vertical's request topic with this key and exactly this value. */
    public ConsumerRecord<String, String> awaitRequestDeadLetter(String key, String value) {
        return requestDeadLetters.await(r -> key.equals(r.key()) && value.equals(r.value()), TIMEOUT);
    }

    /** The dead letter of the vertical's model results topic with this key and exactly this value. */
    public ConsumerRecord<String, String> awaitModelResultDeadLetter(String key, String value) {
        return modelResultDeadLetters.await(r -> key.equals(r.key()) && value.equals(r.value()), TIMEOUT);
    }

    /**
     * Proves this service's configuration of both pipeline consumers: poison records on the request topic and on the
     * model results topic (not JSON, JSON that breaks the event's schema, a record of another vertical, a model
     * result naming another tenant) land on the topic's {@code .dlq} with the error in the headers, and the valid
     * records sent after them with the same key (so on the same partition) are still processed. {@code request}
     * must reach the model (valid input, its stored data in place); the model call is answered as failed, so no
     * task-specific answer is needed.
     */
    public void assertPoisonIsDeadLetteredAndConsumptionContinues(GenerationRequested request) {
        String id = request.requestId();
        String requests = Topics.requests(vertical);
        String notJson = "{\"requestId\": \"" + id + "\", not json";
        String breaksSchema = "{\"requestId\": \"" + id + "\", \"vertical\": \"" + vertical + "\"}";
        String otherVertical = Json.write(GenerationRequested.of(id, tenantId, otherVertical(), request.task(),
                request.input(), request.options()));
        sendRaw(id, notJson);
        sendRaw(id, breaksSchema);
        sendRaw(id, otherVertical);
        send(request);
        ModelCallRequested call = Json.read(modelCalls.await(KafkaTestClient.key(id), PATIENCE).value(),
                ModelCallRequested.class);
        DeadLetters.assertDeadLetter(awaitRequestDeadLetter(id, notJson), requests, notJson, "malformed JSON");
        DeadLetters.assertDeadLetter(awaitRequestDeadLetter(id, breaksSchema), requests, breaksSchema,
                "GenerationRequested violates its schema");
        DeadLetters.assertDeadLetter(awaitRequestDeadLetter(id, otherVertical), requests, otherVertical,
                "is for vertical " + otherVertical());

        String resultTopic = Topics.modelResults(vertical);
        String resultBreaksSchema = "{\"requestId\": \"" + id + "\", \"callId\": \"" + call.callId() + "\"}";
        ModelCallCompleted intruder = ModelCallCompleted.ok(call, "intruder content", "offline", "offline-echo", "stop",
                new TokenUsage(1, 1), 1, null);
        String otherTenant = with(intruder, "tenantId", "intruder");
        String otherVerticalResult = with(intruder, "vertical", otherVertical());
        sendRawModelResult(id, notJson);
        sendRawModelResult(id, resultBreaksSchema);
        sendRawModelResult(id, otherTenant);
        sendRawModelResult(id, otherVerticalResult);
        answerFailed(call, "MODEL_TIMEOUT");
        GenerationCompleted result = Json.read(results.await(KafkaTestClient.key(id), PATIENCE).value(),
                GenerationCompleted.class);
        if (result.status() != org.aigc.contracts.GenerationStatus.FAILED
                || !"MODEL_TIMEOUT".equals(result.errorCode()) || !tenantId.equals(result.tenantId())) {
            throw new AssertionError("the valid model result after the poison was not the one applied: "
                    + Json.write(result));
        }
        DeadLetters.assertDeadLetter(awaitModelResultDeadLetter(id, notJson), resultTopic, notJson, "malformed JSON");
        DeadLetters.assertDeadLetter(awaitModelResultDeadLetter(id, resultBreaksSchema), resultTopic,
                resultBreaksSchema,
                "ModelCallCompleted violates its schema");
        DeadLetters.assertDeadLetter(awaitModelResultDeadLetter(id, otherTenant), resultTopic, otherTenant,
                "names tenant intruder");
        DeadLetters.assertDeadLetter(awaitModelResultDeadLetter(id, otherVerticalResult), resultTopic,
                otherVerticalResult, "is for vertical " + otherVertical());
    }

    /** The event as JSON with one text field replaced. */
    private static String with(Object event, String field, String value) {
        return ((com.fasterxml.jackson.databind.node.ObjectNode) Json.tree(Json.write(event))).put(field, value)
                .toString();
    }

    private String otherVertical() {
        return org.aigc.contracts.Verticals.ALL.stream().filter(v -> !v.equals(vertical)).findFirst().orElseThrow();
    }

    /** The user prompt of a model call (the last message). */
    public static String userPrompt(ModelCallRequested call) {
        return call.messages().get(call.messages().size() - 1).content();
    }

    /** The system prompt of a model call (the first message). */
    public static String systemPrompt(ModelCallRequested call) {
        return call.messages().get(0).content();
    }

    public static JsonNode json(String text) {
        return Json.tree(text);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (kafka == null) {
            return; // beforeAll failed before opening anything
        }
        modelCalls.close();
        results.close();
        requestDeadLetters.close();
        modelResultDeadLetters.close();
        kafka.close();
    }

    /** The model call a request produced and the result it ended with. */
    public record Round(ModelCallRequested call, GenerationCompleted result) {
    }
}
