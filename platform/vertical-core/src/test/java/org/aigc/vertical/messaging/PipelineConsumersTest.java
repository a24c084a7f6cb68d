package org.aigc.vertical.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * RequestConsumer and ModelResultConsumer: poison records (the checks live in {@link PipelineTestSupport}, so each
 * industry module runs the same ones against its own configuration), and concurrent delivery (the
 * {@code industry-pipeline} worker pool, unordered): a burst in which every request and every model answer arrives
 * three times is still handled once per request, with nothing dead-lettered.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class PipelineConsumersTest {

    private static final int REQUESTS = 24;
    private static final int COPIES = 3;

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("games");

    @Test
    void poisonOnBothTopicsIsDeadLetteredAndConsumptionContinues() {
        pipeline.assertPoisonIsDeadLetteredAndConsumptionContinues(
                pipeline.request("echo", "{\"line\": \"after the poison\"}", null));
    }

    @Test
    void aBurstOfRepeatedDeliveriesIsHandledOncePerRequest() {
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader requestLetters = kafka.reader(Topics.dlq(Topics.requests("games")));
                KafkaTestClient.Reader resultLetters = kafka.reader(Topics.dlq(Topics.modelResults("games")))) {
            List<GenerationRequested> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(pipeline.request("echo", "{\"line\": \"burst " + i + "\"}", "en-US"));
            }
            // copies back to back (same key, same partition): concurrent workers pick them up together
            for (GenerationRequested request : requests) {
                for (int copy = 0; copy < COPIES; copy++) {
                    pipeline.send(request);
                }
            }
            Set<String> ids = requests.stream().map(GenerationRequested::requestId).collect(Collectors.toSet());

            Map<String, ModelCallRequested> calls = new java.util.HashMap<>();
            for (GenerationRequested request : requests) {
                calls.put(request.requestId(), pipeline.awaitModelCall(request.requestId()));
            }
            for (ModelCallRequested call : calls.values()) {
                for (int copy = 0; copy < COPIES; copy++) {
                    pipeline.answer(call, "answer of " + call.requestId());
                }
            }
            Map<String, GenerationCompleted> results = requests.stream().map(GenerationRequested::requestId)
                    .collect(Collectors.toMap(Function.identity(), pipeline::awaitResult));

            assertThat(results.values()).allSatisfy(result -> {
                assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
                assertThat(result.content()).contains("answer of " + result.requestId());
            });
            // let every copy be processed, then count: one model call and one result per request
            pipeline.modelCallsWithin("", Duration.ofSeconds(1));
            pipeline.resultsWithin("", Duration.ofSeconds(1));
            for (String id : ids) {
                assertThat(pipeline.modelCallsWithin(id, Duration.ofMillis(10))).as("model calls of " + id).hasSize(1);
                assertThat(pipeline.resultsWithin(id, Duration.ofMillis(10))).as("results of " + id).hasSize(1);
            }
            assertThat(requestLetters.drain(Duration.ofMillis(500))).filteredOn(r -> ids.contains(r.key())).isEmpty();
            assertThat(resultLetters.drain(Duration.ofMillis(500))).filteredOn(r -> ids.contains(r.key())).isEmpty();
        }
    }
}
