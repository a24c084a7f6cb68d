package org.aigc.generation.testing;

import java.time.Duration;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.UsageRecorded;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

/** Kafka helpers for the service's tests, on the broker the running app uses. */
public final class Kafka {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private Kafka() {
    }

    public static KafkaTestClient client() {
        return new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /**
     * One plain and one streaming call through alias {@code default}, awaited: the first calls of a fresh JVM load
     * and JIT the REST client stack, which on a loaded machine can take longer than the tests' short deadlines.
     */
    public static void warmUp(KafkaTestClient kafka, KafkaTestClient.Reader gamesResults) {
        org.aigc.contracts.ModelCallRequested plain = ModelCalls.call().user("warm-up " + java.util.UUID.randomUUID())
                .build();
        org.aigc.contracts.ModelCallRequested streamed = ModelCalls.call().stream()
                .user("warm-up " + java.util.UUID.randomUUID()).build();
        kafka.sendEvent(org.aigc.contracts.Topics.MODEL_CALLS, plain.requestId(), plain);
        kafka.sendEvent(org.aigc.contracts.Topics.MODEL_CALLS, streamed.requestId(), streamed);
        awaitResultRecord(gamesResults, plain.requestId());
        awaitResultRecord(gamesResults, streamed.requestId());
    }

    public static ConsumerRecord<String, String> awaitResultRecord(KafkaTestClient.Reader results, String requestId) {
        return results.await(KafkaTestClient.key(requestId), WAIT);
    }

    public static ModelCallCompleted awaitResult(KafkaTestClient.Reader results, String requestId) {
        return Json.read(awaitResultRecord(results, requestId).value(), ModelCallCompleted.class);
    }

    /** Usage records are keyed by tenant, so they are matched on the request id inside. */
    public static ConsumerRecord<String, String> awaitUsageRecord(KafkaTestClient.Reader usage, String requestId) {
        return usage.await(r -> requestId.equals(Json.tree(r.value()).path("requestId").asText()), WAIT);
    }

    public static UsageRecorded awaitUsage(KafkaTestClient.Reader usage, String requestId) {
        return Json.read(awaitUsageRecord(usage, requestId).value(), UsageRecorded.class);
    }
}
