package org.aigc.generation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.testing.FakeModelTestBase;
import org.aigc.generation.testing.FakeOpenAiProfile;
import org.aigc.generation.testing.ModelCalls;
import org.aigc.generation.testing.TestModels;
import org.aigc.testkit.FakeReply;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

/** Retry-After, no retry on client errors, fallback chain, circuit breaker and bulkhead, against the fake. */
@QuarkusTest
@TestProfile(FakeOpenAiProfile.class)
@QuarkusTestResource(InfrastructureResource.class)
class ResilienceTest extends FakeModelTestBase {

    @Test
    void retryAfterOn429IsWaitedForBeforeTheRetry() {
        ModelCallRequested call = ModelCalls.call().user("retry after " + UUID.randomUUID()).build();
        // back-off in tests is at most 200 ms: a second-long wait can only come from the header
        fake.enqueue(FakeReply.rateLimited(1));

        send(call);

        ModelCallCompleted result = resultOf(call);
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(requestsFor(call)).hasSize(2);
        assertThat(result.latencyMs()).isBetween(1000L, FakeOpenAiProfile.DEADLINE_MS);
    }

    @Test
    void retryAfterOn503IsHonouredToo() {
        ModelCallRequested call = ModelCalls.call().user("unavailable " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.error(503, "overloaded").withHeaders(Map.of("Retry-After", "1")));

        send(call);

        ModelCallCompleted result = resultOf(call);
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(result.latencyMs()).isGreaterThanOrEqualTo(1000L);
    }

    @Test
    void aRetryAfterBeyondTheDeadlineFailsAtOnceInsteadOfWaitingForTheTimeout() {
        ModelCallRequested call = ModelCalls.call().user("come back later " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.rateLimited(30));

        send(call);

        ModelCallCompleted result = resultOf(call);
        assertThat(result.errorCode()).isEqualTo("MODEL_RATE_LIMITED");
        assertThat(result.latencyMs()).isLessThan(1000L);
        assertThat(requestsFor(call)).hasSize(1);
    }

    @Test
    void unauthorizedAndNotFoundAreNotRetried() {
        ModelCallRequested unauthorized = ModelCalls.call().user("401 " + UUID.randomUUID()).build();
        ModelCallRequested notFound = ModelCalls.call().user("404 " + UUID.randomUUID()).build();

        fake.enqueue(FakeReply.error(401, "bad key"));
        send(unauthorized);
        assertThat(resultOf(unauthorized).errorCode()).isEqualTo("MODEL_ERROR");
        fake.enqueue(FakeReply.error(404, "no such model"));
        send(notFound);
        assertThat(resultOf(notFound).errorCode()).isEqualTo("MODEL_ERROR");

        assertThat(requestsFor(unauthorized)).hasSize(1);
        assertThat(requestsFor(notFound)).hasSize(1);
    }

    @Test
    void fallbackAnswersWhenThePrimaryFailsAndTheResultSaysWhyAndWho() {
        ModelCallRequested call = ModelCalls.call().model("primary").user("fallback " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.error(500, "primary down"));

        send(call);

        ModelCallCompleted result = resultOf(call);
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(result.model()).isEqualTo("backup");
        assertThat(result.providerModel()).isEqualTo(TestModels.BACKUP);
        assertThat(result.fallbackReason()).startsWith("primary: MODEL_ERROR");
        assertThat(requestsFor(call)).extracting(r -> r.path("model").asText())
                .containsExactly(TestModels.PRIMARY, TestModels.BACKUP);
        assertThat(usageOf(call).model()).isEqualTo("backup");
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresSkipsTheModelAndClosesAfterASuccessfulTrial() throws Exception {
        // a success resets the count of consecutive failures earlier tests may have left
        ModelCallRequested healthy = ModelCalls.call().model("primary").user("healthy " + UUID.randomUUID()).build();
        send(healthy);
        assertThat(resultOf(healthy).model()).isEqualTo("primary");

        for (int i = 0; i < 2; i++) {
            ModelCallRequested failing = ModelCalls.call().model("primary").user("fail " + i + " " + UUID.randomUUID())
                    .build();
            fake.enqueue(FakeReply.error(500, "down"));
            send(failing);
            assertThat(resultOf(failing).model()).isEqualTo("backup");
        }
        given().get("/models").then().body("find { it.alias == 'primary' }.breaker", equalTo("open"));

        ModelCallRequested whileOpen = ModelCalls.call().model("primary").user("open " + UUID.randomUUID()).build();
        send(whileOpen);
        ModelCallCompleted skipped = resultOf(whileOpen);
        assertThat(skipped.model()).isEqualTo("backup");
        assertThat(skipped.fallbackReason()).startsWith("primary: MODEL_CIRCUIT_OPEN");
        assertThat(requestsFor(whileOpen)).extracting(r -> r.path("model").asText())
                .containsExactly(TestModels.BACKUP);

        Thread.sleep(TestModels.BREAKER_OPEN_MS + 100);
        given().get("/models").then().body("find { it.alias == 'primary' }.breaker", equalTo("half_open"));
        ModelCallRequested trial = ModelCalls.call().model("primary").user("trial " + UUID.randomUUID()).build();
        send(trial);
        ModelCallCompleted answered = resultOf(trial);
        assertThat(answered.model()).isEqualTo("primary");
        assertThat(answered.fallbackReason()).isNull();
        given().get("/models").then().body("find { it.alias == 'primary' }.breaker", equalTo("closed"));
    }

    @Test
    void aSlowModelKeepsToItsBulkheadAndCannotTakeEveryWorker() {
        fake.latencyFor(TestModels.SLOW, Duration.ofMillis(2500));
        List<ModelCallRequested> slow = new ArrayList<>();
        for (int i = 0; i < FakeOpenAiProfile.WORKERS + 2; i++) {
            slow.add(ModelCalls.call().model("slow").user("slow " + i + " " + UUID.randomUUID()).build());
        }
        ModelCallRequested fast = ModelCalls.call().model("lora-a").user("fast " + UUID.randomUUID()).build();

        slow.forEach(FakeModelTestBase::send);
        long sentFast = System.currentTimeMillis();
        send(fast);

        assertThat(resultOf(fast).status()).isEqualTo(ModelCallCompleted.OK);
        long fastTook = System.currentTimeMillis() - sentFast;
        List<ModelCallCompleted> slowResults = slow.stream().map(FakeModelTestBase::resultOf).toList();
        assertThat(fake.peakConcurrency(TestModels.SLOW)).isEqualTo(1);
        assertThat(slowResults).filteredOn(r -> "MODEL_BUSY".equals(r.errorCode())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(slowResults).filteredOn(ModelCallCompleted::ok).isNotEmpty();
        // without the bulkhead all workers would sit on the 2.5 s model before the fast call got one
        assertThat(fastTook).isLessThan(2000);
    }
}
