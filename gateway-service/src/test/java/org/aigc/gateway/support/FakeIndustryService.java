package org.aigc.gateway.support;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    private FakeIndustryService(String vertical, String task, String tenantId,
            Function<GenerationRequested, GenerationCompleted> answer) {
        requests = kafka.reader(Topics.requests(vertical));
        // the reader is used, and closed, on the waiting thread only (a Kafka consumer is single-threaded)
        answered = CompletableFuture.supplyAsync(() -> {
            try {
                GenerationRequested request = Json.read(requests.await(r -> {
                    GenerationRequested seen = Json.read(r.value(), GenerationRequested.class);
                    return seen.task().equals(task) && (tenantId == null || tenantId.equals(seen.tenantId()));
                }, Duration.ofSeconds(180)).value(), GenerationRequested.class);
                GenerationCompleted result = answer.apply(request);
                kafka.sendEvent(Topics.RESULTS, result.requestId(), result);
                return request;
            } finally {
                requests.close();
            }
        });
    }

    /** Starts listening now (before the test submits), answers the first request of {@code task}. */
    public static FakeIndustryService answering(String vertical, String task,
            Function<GenerationRequested, GenerationCompleted> answer) {
        return new FakeIndustryService(vertical, task, null, answer);
    }

    /**
     * Answers the first request of {@code task} from {@code tenantId} only: requests of other tests' tenants that the
     * outbox relays late (after this reader started) are not taken for the one the test sends.
     */
    public static FakeIndustryService answering(String vertical, String task, String tenantId,
            Function<GenerationRequested, GenerationCompleted> answer) {
        return new FakeIndustryService(vertical, task, tenantId, answer);
    }

    /** The request that was answered. */
    public GenerationRequested answered() {
        return answered.join();
    }

    @Override
    public void close() {
        if (!answered.isDone()) {
            try {
                requests.wakeup();
            } catch (IllegalStateException e) {
                // closed meanwhile by the waiting thread
            }
        }
        try {
            answered.handle((request, error) -> null).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the waiting thread ended or is stuck in close: nothing more to do
        }
        kafka.close();
    }
}
