package org.aigc.generation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.generation.testing.FakeOpenAiProfile;
import org.aigc.generation.testing.Kafka;
import org.aigc.generation.testing.ModelCalls;
import org.aigc.testkit.DeadLetters;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ModelCallConsumer against poison records (not JSON, JSON breaking the schema, a call for a vertical that does not
 * exist): each lands on {@code aigc.model-calls.dlq} with the error in its headers, and the valid call sent after them
 * with the same key (same partition) is answered. Same profile and resources as ModelCallFlowTest: no extra restart.
 */
@QuarkusTest
@TestProfile(FakeOpenAiProfile.class)
@QuarkusTestResource(InfrastructureResource.class)
class ModelCallPoisonTest {

    private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(120);

    static KafkaTestClient kafka;
    static KafkaTestClient.Reader gamesResults;
    static KafkaTestClient.Reader deadLetters;

    @BeforeAll
    static void connect() {
        kafka = Kafka.client();
        gamesResults = kafka.reader(Topics.modelResults("games"));
        deadLetters = kafka.reader(Topics.dlq(Topics.MODEL_CALLS));
        // the JVM's first model call may time out while the REST client warms up (any answer will do here)
        ModelCallRequested warmUp = ModelCalls.call().user("warm-up " + UUID.randomUUID()).build();
        kafka.sendEvent(Topics.MODEL_CALLS, warmUp.requestId(), warmUp);
        gamesResults.await(KafkaTestClient.key(warmUp.requestId()), PATIENCE);
    }

    @AfterAll
    static void disconnect() {
        deadLetters.close();
        gamesResults.close();
        kafka.close();
    }

    private static ConsumerRecord<String, String> deadLetter(String key, String value) {
        return deadLetters.await(r -> key.equals(r.key()) && value.equals(r.value()), Kafka.WAIT);
    }

    @Test
    void poisonIsDeadLetteredWithItsErrorAndTheNextCallIsAnswered() {
        ModelCallRequested good = ModelCalls.call().user("after the poison " + UUID.randomUUID()).build();
        String key = good.requestId();
        String notJson = "{this is not json";
        String breaksSchema = "{\"requestId\": \"" + key + "\", \"messages\": []}";
        String unknownVertical = Json.write(ModelCalls.call().vertical("atlantis").user("hello").build());

        kafka.send(Topics.MODEL_CALLS, key, notJson);
        kafka.send(Topics.MODEL_CALLS, key, breaksSchema);
        kafka.send(Topics.MODEL_CALLS, key, unknownVertical);
        kafka.sendEvent(Topics.MODEL_CALLS, key, good);

        ModelCallCompleted answer = Json.read(gamesResults.await(KafkaTestClient.key(key), PATIENCE).value(),
                ModelCallCompleted.class);
        assertThat(answer.status()).isEqualTo(ModelCallCompleted.OK);
        DeadLetters.assertDeadLetter(deadLetter(key, notJson), Topics.MODEL_CALLS, notJson, "malformed JSON",
                "MalformedEventException");
        DeadLetters.assertDeadLetter(deadLetter(key, breaksSchema), Topics.MODEL_CALLS, breaksSchema,
                "ModelCallRequested violates its schema");
        DeadLetters.assertDeadLetter(deadLetter(key, unknownVertical), Topics.MODEL_CALLS, unknownVertical,
                "unknown vertical 'atlantis'");
    }
}
