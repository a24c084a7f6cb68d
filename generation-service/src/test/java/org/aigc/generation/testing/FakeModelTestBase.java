package org.aigc.generation.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.contracts.UsageRecorded;
import org.aigc.testkit.FakeOpenAiServer;
import org.aigc.testkit.KafkaTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared plumbing of the fake-server tests: Kafka readers on the games results, usage and chunk topics, and lookups
 * of what reached the fake. Subclasses carry {@code @QuarkusTest @TestProfile(FakeOpenAiProfile.class)
 * @QuarkusTestResource(InfrastructureResource.class)} so they share one boot.
 */
public abstract class FakeModelTestBase {

    @InjectFakeOpenAi
    protected FakeOpenAiServer fake;

    protected static KafkaTestClient kafka;
    protected static KafkaTestClient.Reader results;
    protected static KafkaTestClient.Reader usage;
    protected static KafkaTestClient.Reader chunks;

    @BeforeAll
    static void connect() {
        kafka = Kafka.client();
        results = kafka.reader(Topics.modelResults("games"));
        usage = kafka.reader(Topics.USAGE);
        chunks = kafka.reader(Topics.MODEL_CHUNKS);
        Kafka.warmUp(kafka, results);
    }

    @AfterAll
    static void disconnect() {
        for (AutoCloseable c : new AutoCloseable[] {results, usage, chunks, kafka}) {
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

    protected static void send(ModelCallRequested call) {
        kafka.sendEvent(Topics.MODEL_CALLS, call.requestId(), call);
    }

    protected static ModelCallCompleted resultOf(ModelCallRequested call) {
        return Kafka.awaitResult(results, call.requestId());
    }

    protected static UsageRecorded usageOf(ModelCallRequested call) {
        return Kafka.awaitUsage(usage, call.requestId());
    }

    /** The requests the fake received for this call (its last message is unique per test). */
    protected List<JsonNode> requestsFor(ModelCallRequested call) {
        String marker = call.messages().get(call.messages().size() - 1).content();
        return fake.requests().stream()
                .filter(r -> {
                    JsonNode messages = r.path("messages");
                    return messages.size() > 0 && marker.equals(messages.get(messages.size() - 1).path("content")
                            .asText());
                })
                .toList();
    }

    /** How many requests naming this provider model id reached the fake since the last reset. */
    protected long requestsForModel(String providerModel) {
        return fake.requests().stream().filter(r -> providerModel.equals(r.path("model").asText())).count();
    }
}
