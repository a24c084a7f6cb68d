package org.aigc.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.TokenUsage;
import org.aigc.gateway.support.FakeIndustryService;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class PreferWaitTest {

    private static TestTenant tenant;

    @BeforeEach
    void tenant() {
        // not in @BeforeAll: the application (and RestAssured's port) is not up yet there
        if (tenant == null) {
            tenant = TestTenants.create();
        }
    }

    private static String uniqueTask() {
        return "wait-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response submitWaiting(String task, int seconds) {
        return tenant.request().contentType(ContentType.JSON).header("Prefer", "wait=" + seconds)
                .body(Map.of("task", task, "input", Map.of("topic", "dragons")))
                .post("/api/v1/games/generations");
    }

    @Test
    void answersTheFinishedJobInlineWhenTheResultComesInTime() {
        String task = uniqueTask();
        try (FakeIndustryService games = FakeIndustryService.answering("games", task,
                request -> GenerationCompleted.of(request, GenerationStatus.COMPLETED)
                        .content("Halt, traveller!").model("offline").templateVersion(3)
                        .usage(new TokenUsage(12, 5)).timings(Map.of("total", 42L)).build())) {
            long start = System.nanoTime();
            Response response = submitWaiting(task, 20);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;

            response.then().statusCode(200)
                    .header("Preference-Applied", "wait=20")
                    .header("Location", notNullValue())
                    .body("status", equalTo("COMPLETED"))
                    .body("task", equalTo(task))
                    .body("completedAt", notNullValue())
                    .body("result.content", equalTo("Halt, traveller!"))
                    .body("result.model", equalTo("offline"))
                    .body("result.templateVersion", equalTo(3))
                    .body("result.usage.promptTokens", equalTo(12))
                    .body("result.timings.total", equalTo(42));
            assertThat(tookMillis).isLessThan(15_000);
            assertThat(response.<String>path("id")).isEqualTo(games.answered().requestId());
        }
    }

    @Test
    void needsReviewIsAnAnswerToo() {
        String task = uniqueTask();
        try (FakeIndustryService games = FakeIndustryService.answering("games", task,
                request -> GenerationCompleted.of(request, GenerationStatus.NEEDS_REVIEW).content("draft")
                        .findings(List.of(new Finding("HE-03", "REVIEW", "dosage mentioned", "policy", "10 mg")))
                        .build())) {
            submitWaiting(task, 20).then().statusCode(200)
                    .body("status", equalTo("NEEDS_REVIEW"))
                    .body("completedAt", nullValue())
                    .body("result.findings[0].ruleId", equalTo("HE-03"));
        }
    }

    @Test
    void answers202AfterTheWaitWhenNoResultComes() {
        long start = System.nanoTime();
        Response response = submitWaiting(uniqueTask(), 2);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        response.then().statusCode(202)
                .header("Preference-Applied", "wait=2")
                .body("status", equalTo("PENDING"));
        assertThat(response.header("Location")).endsWith("/api/v1/jobs/" + response.path("id"));
        assertThat(tookMillis).isBetween(1_900L, 10_000L);
    }

    @Test
    void withoutPreferTheAnswerIsImmediate() {
        tenant.request().contentType(ContentType.JSON).body(Map.of("task", uniqueTask(), "input", Map.of()))
                .post("/api/v1/games/generations")
                .then().statusCode(202).header("Preference-Applied", nullValue());
    }
}
