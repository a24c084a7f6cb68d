package org.aigc.gateway.support;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.Json;
import org.aigc.contracts.Topics;
import org.aigc.testkit.KafkaTestClient;

/**
 * Plays an industry service for one request: waits (in the background) for the {@code GenerationRequested} of the
 * given task on {@code aigc.requests.<vertical>} and publishes the result the test scripts on {@code aigc.results}.
 */
public final class FakeIndustryService implements AutoCloseable {

    private final KafkaTestClient kafka = KafkaTestClient.shared();
    private final KafkaTestClient.Reader requests;
    private final CompletableFuture<GenerationRequested> answered;

    private FakeIndustryService(String vertical, String task, Function<GenerationRequested, GenerationCompleted> answer) {
        requests = kafka.reader(Topics.requests(vertical));
        answered = CompletableFuture.supplyAsync(() -> {
            GenerationRequested request = Json.read(requests.await(
                    r -> Json.read(r.value(), GenerationRequested.class).task().equals(task), Duration.ofSeconds(180))
                    .value(), GenerationRequested.class);
            GenerationCompleted result = answer.apply(request);
            kafka.sendEvent(Topics.RESULTS, result.requestId(), result);
            return request;
        });
    }

    /** Starts listening now (before the test submits), answers the first request of {@code task}. */
    public static FakeIndustryService answering(String vertical, String task,
            Function<GenerationRequested, GenerationCompleted> answer) {
        return new FakeIndustryService(vertical, task, answer);
    }

    /** The request that was answered. */
    public GenerationRequested answered() {
        return answered.join();
    }

    @Override
    public void close() {
        answered.cancel(true);
        requests.close();
        kafka.close();
    }
}
