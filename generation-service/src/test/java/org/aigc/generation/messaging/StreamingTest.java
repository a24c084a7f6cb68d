package org.aigc.generation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.ModelChunk;
import org.aigc.generation.testing.FakeModelTestBase;
import org.aigc.generation.testing.FakeOpenAiProfile;
import org.aigc.generation.testing.Kafka;
import org.aigc.generation.testing.ModelCalls;
import org.aigc.testkit.FakeReply;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Streaming calls: deltas in order on aigc.model-chunks, an explicit end, and a cut-off that is never a result. */
@QuarkusTest
@TestProfile(FakeOpenAiProfile.class)
@QuarkusTestResource(InfrastructureResource.class)
class StreamingTest extends FakeModelTestBase {

    @Test
    void deltasArriveInOrderNumberedFromZeroThenADoneChunkAndTheFullResult() {
        ModelCallRequested call = ModelCalls.call().model("streamer").stream().user("stream " + UUID.randomUUID())
                .build();
        fake.enqueue(FakeReply.text("Hello brave new world").withChunks(List.of("Hel", "lo ", "brave ", "new world")));

        send(call);

        ModelCallCompleted result = resultOf(call);
        List<ModelChunk> received = chunksOf(call, 5);
        assertThat(received).extracting(ModelChunk::seq).containsExactly(0, 1, 2, 3, 4);
        assertThat(received).extracting(ModelChunk::delta).containsExactly("Hel", "lo ", "brave ", "new world", "");
        assertThat(received).extracting(ModelChunk::done).containsExactly(false, false, false, false, true);
        assertThat(received.get(4).errorCode()).isNull();
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(result.content()).isEqualTo("Hello brave new world");
        assertThat(result.model()).isEqualTo("streamer");
        assertThat(requestsFor(call).get(0).path("stream").asBoolean()).isTrue();
    }

    @Test
    void deltasAreForwardedWhileTheModelIsStillAnswering() {
        ModelCallRequested call = ModelCalls.call().model("streamer").stream().user("live " + UUID.randomUUID())
                .build();
        fake.chunkInterval(java.time.Duration.ofMillis(400));
        fake.enqueue(FakeReply.text("one two three").withChunks(List.of("one ", "two ", "three")));

        send(call);

        ConsumerRecord<String, String> firstChunk = chunks.await(KafkaTestClient.key(call.requestId()), Kafka.WAIT);
        ConsumerRecord<String, String> result = Kafka.awaitResultRecord(results, call.requestId());
        // the model needs 800 ms between its first and last delta: the first chunk must not wait for the last
        assertThat(result.timestamp() - firstChunk.timestamp()).isGreaterThanOrEqualTo(600);
    }

    @Test
    void aStreamCutOffByTheProviderEndsWithAnErrorChunkAndAFailedResultWithoutRetry() {
        ModelCallRequested call = ModelCalls.call().model("streamer").stream().user("cut " + UUID.randomUUID())
                .build();
        fake.enqueue(FakeReply.streamCutOff(List.of("The answer ", "is")));

        send(call);

        ModelCallCompleted result = resultOf(call);
        assertThat(result.status()).isEqualTo(ModelCallCompleted.FAILED);
        assertThat(result.errorCode()).isEqualTo("MODEL_STREAM_CUT");
        assertThat(result.content()).isNull();
        List<ModelChunk> received = chunksOf(call, 3);
        assertThat(received).extracting(ModelChunk::delta).containsExactly("The answer ", "is", "");
        assertThat(received.get(2).done()).isTrue();
        assertThat(received.get(2).errorCode()).isEqualTo("MODEL_STREAM_CUT");
        assertThat(requestsFor(call)).hasSize(1);
    }

    @Test
    void aStreamThatFailsBeforeItsFirstTokenIsRetried() {
        ModelCallRequested call = ModelCalls.call().model("streamer").stream().user("retry " + UUID.randomUUID())
                .build();
        fake.enqueue(FakeReply.error(500, "not yet"), FakeReply.text("second try").withChunks(List.of("second ",
                "try")));

        send(call);

        ModelCallCompleted result = resultOf(call);
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(result.content()).isEqualTo("second try");
        assertThat(requestsFor(call)).hasSize(2);
        assertThat(chunksOf(call, 3)).extracting(ModelChunk::seq).containsExactly(0, 1, 2);
    }

    @Test
    void theOfflineModelStreamsItsAnswerAsOneDelta() {
        ModelCallRequested call = ModelCalls.call().model("offline").stream().user("offline " + UUID.randomUUID())
                .build();

        send(call);

        ModelCallCompleted result = resultOf(call);
        List<ModelChunk> received = chunksOf(call, 2);
        assertThat(received.get(0).delta()).isEqualTo(result.content());
        assertThat(received.get(1).done()).isTrue();
    }

    private static List<ModelChunk> chunksOf(ModelCallRequested call, int count) {
        List<ConsumerRecord<String, String>> records = chunks.awaitAll(KafkaTestClient.key(call.requestId()), count,
                Kafka.WAIT);
        records.forEach(r -> assertThat(EventSchemas.violations(ModelChunk.class, Json.tree(r.value()))).isEmpty());
        return records.stream().map(r -> Json.read(r.value(), ModelChunk.class)).toList();
    }
}
