package org.aigc.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.aigc.gateway.service.ResultWaiters;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.testkit.InfrastructureResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Waiting callers must not hold threads: with four times more callers than worker threads, (nearly) all of them wait
 * at the same time. Measured by the waiter count rather than by elapsed time, which a loaded machine distorts.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class ConcurrentWaitsTest {

    private static final int WAIT_SECONDS = 3;

    @TestHTTPResource("/api/v1/games/generations")
    URI generations;

    @ConfigProperty(name = "quarkus.thread-pool.max-threads")
    int workerThreads;

    @Inject
    ResultWaiters waiters;

    @Test
    void moreWaitingCallersThanWorkerThreadsAllFinishAfterOneWait() {
        int callers = workerThreads * 4;
        String key = TestTenants.create().key();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(generations)
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .header("Prefer", "wait=" + WAIT_SECONDS)
                // blocking waits starve the worker pool and hang: fail instead
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"task\":\"never-answered\",\"input\":{}}"))
                .build();

        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, callers)
                .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
        CompletableFuture<Void> all = CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new));
        int mostWaiting = 0;
        while (!all.isDone()) {
            mostWaiting = Math.max(mostWaiting, waiters.size());
            LockSupport.parkNanos(5_000_000);
        }
        List<Integer> statuses = responses.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)
                .toList();

        assertThat(statuses).hasSize(callers).containsOnly(202);
        // a waiter that held its worker thread would cap the waiters at the pool size
        assertThat(mostWaiting).isGreaterThan(workerThreads * 2);
        assertThat(waiters.size()).isZero();
    }
}
