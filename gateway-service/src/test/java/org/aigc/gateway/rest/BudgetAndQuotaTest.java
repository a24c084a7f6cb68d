package org.aigc.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Topics;
import org.aigc.contracts.UsageRecorded;
import org.aigc.gateway.service.WorstCase;
import org.aigc.gateway.support.Ledger;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.gateway.support.Usage;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** Monthly budget and daily token quota: reserved atomically up front, settled by usage, released at the end. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class BudgetAndQuotaTest {

    private static final String PROBLEMS = "https://aigc.dev/problems/";
    private static final String BODY = "{\"task\":\"quest\",\"input\":{\"topic\":\"dragons\"},\"options\":{\"maxTokens\":100}}";
    private static final int INPUT_CHARS = "{\"topic\":\"dragons\"}".length();

    @Inject
    EntityManager em;

    @Inject
    WorstCase worstCase;

    private WorstCase.Estimate perJob() {
        return worstCase.of(INPUT_CHARS, 100);
    }

    private static List<CompletableFuture<HttpResponse<String>>> submitAtOnce(TestTenant tenant, int jobs) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            responses.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                    + "/api/v1/games/generations"))
                    .header("Authorization", "Bearer " + tenant.key()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return responses;
    }

    /**
     * The first jobs of a month (and day) race to create the tenant's period rows: the ones that lose the race still
     * get their hold, not a 402 or 429 from a budget and quota that have plenty of room.
     */
    @Test
    void theFirstJobsOfAPeriodAreNotRefusedWhileTheirRowIsCreated() throws Exception {
        TestTenant tenant = TestTenants.create(Map.of("monthlyBudget", "1000", "tokenQuotaPerDay", 10_000_000));
        for (CompletableFuture<HttpResponse<String>> future : submitAtOnce(tenant, 40)) {
            HttpResponse<String> response = future.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        }
        assertThat(Ledger.budget(em, tenant.id())[1])
                .isEqualByComparingTo(perJob().cost().multiply(BigDecimal.valueOf(40)));
    }

    @Test
    void concurrentRequestsNeverReservePastTheBudget() throws Exception {
        BigDecimal cost = perJob().cost();
        // room for 7 jobs and a half
        BigDecimal budget = cost.multiply(BigDecimal.valueOf(7)).add(cost.divide(BigDecimal.valueOf(2)));
        TestTenant tenant = TestTenants.create(Map.of("monthlyBudget", budget.toPlainString()));

        List<CompletableFuture<HttpResponse<String>>> responses = submitAtOnce(tenant, 40);
        int accepted = 0;
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.get();
            if (response.statusCode() == 202) {
                accepted++;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(402);
                assertThat(response.body()).contains(PROBLEMS + "budget-exceeded");
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(7);
        assertThat(refused).isEqualTo(33);
        BigDecimal[] ledger = Ledger.budget(em, tenant.id());
        assertThat(ledger[1]).isLessThanOrEqualTo(budget).isEqualByComparingTo(cost.multiply(BigDecimal.valueOf(7)));
        assertThat(Ledger.held(em, tenant.id())).isEqualByComparingTo(ledger[1]);
        assertThat(Ledger.count(em, "select count(*) from job where tenant_id = cast(?1 as uuid)", tenant.id()))
                .isEqualTo(7);
    }

    @Test
    void usageSettlesExactlyOnceAndTheEndReleasesTheRest() {
        TestTenant tenant = TestTenants.create(Map.of("monthlyBudget", "10"));
        String id = tenant.submit("games", BODY).statusCode(202).extract().path("id");
        BigDecimal cost = perJob().cost();
        assertThat(Ledger.budget(em, tenant.id())[1]).isEqualByComparingTo(cost);

        UsageRecorded usage = Usage.of(tenant.id(), id, "games", "quest", "offline", 100, 50, "0.0123456789");
        try (KafkaTestClient kafka = KafkaTestClient.shared()) {
            kafka.sendEvent(Topics.USAGE, tenant.id(), usage);
            kafka.sendEvent(Topics.USAGE, tenant.id(), usage); // redelivered: must not count twice
            kafka.sendEvent(Topics.USAGE, tenant.id(),
                    Usage.of(tenant.id(), id, "games", "quest", "offline", 1, 0, "0.0000000001"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Ledger.budget(em, tenant.id())[0])
                    .isEqualByComparingTo("0.0123456790"));
            assertThat(Ledger.budget(em, tenant.id())[1]).isEqualByComparingTo(cost.subtract(
                    new BigDecimal("0.0123456790")));
            assertThat(Ledger.tokens(em, tenant.id())[0]).isEqualTo(151);

            kafka.sendEvent(Topics.RESULTS, id, GenerationCompleted.of(id, tenant.id(), "games", "quest",
                    GenerationStatus.FAILED).error("MODEL_TIMEOUT", "the model did not answer").build());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Ledger.budget(em, tenant.id())[1])
                    .isEqualByComparingTo("0"));
        }
        assertThat(Ledger.budget(em, tenant.id())[0]).isEqualByComparingTo("0.0123456790");
        assertThat(Ledger.tokens(em, tenant.id())[1]).isZero();
    }

    /**
     * The result overtakes the usage (separate topics): the finished job keeps holding its budget until the usage
     * grace (8 s in tests) has passed, so the late usage is never spent twice over by a job accepted in between.
     */
    @Test
    void usageArrivingAfterTheResultIsStillCoveredByTheReservation() {
        BigDecimal cost = perJob().cost();
        TestTenant tenant = TestTenants.create(Map.of("monthlyBudget", cost.add(cost.divide(BigDecimal.TEN))
                .toPlainString()));
        String id = tenant.submit("games", BODY).statusCode(202).extract().path("id");
        try (KafkaTestClient kafka = KafkaTestClient.shared()) {
            kafka.sendEvent(Topics.RESULTS, id, GenerationCompleted.of(id, tenant.id(), "games", "quest",
                    GenerationStatus.COMPLETED).content("Three lanterns.")
                    .usage(new org.aigc.contracts.TokenUsage(40, 60)).build());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tenant.request()
                    .get("/api/v1/jobs/{id}", id).then().body("status", equalTo("COMPLETED")));

            // finished, its usage not yet metered: the reservation still holds, so no second job fits
            assertThat(Ledger.budget(em, tenant.id())[1]).isEqualByComparingTo(cost);
            tenant.submit("games", BODY).statusCode(402).body("type", equalTo(PROBLEMS + "budget-exceeded"));

            kafka.sendEvent(Topics.USAGE, tenant.id(),
                    Usage.of(tenant.id(), id, "games", "quest", "offline", 40, 60, "0.001"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Ledger.budget(em, tenant.id())[0])
                    .isEqualByComparingTo("0.001"));
            // then the grace passes and the rest goes back
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Ledger.budget(em, tenant.id())[1])
                    .isEqualByComparingTo("0"));
        }
        assertThat(Ledger.held(em, tenant.id())).isEqualByComparingTo("0");
        tenant.submit("games", BODY).statusCode(202);
    }

    @Test
    void tokenQuotaRefusesWith429AndRetryAfter() {
        long tokens = perJob().tokens();
        TestTenant tenant = TestTenants.create(Map.of("tokenQuotaPerDay", tokens * 2 + tokens / 2));
        tenant.submit("games", BODY).statusCode(202);
        tenant.submit("games", BODY).statusCode(202);
        tenant.submit("games", BODY).statusCode(429).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "token-quota-exceeded"))
                .header("Retry-After", notNullValue());
        assertThat(Ledger.tokens(em, tenant.id())[1]).isEqualTo(tokens * 2);
    }

    @Test
    void cancellingAJobGivesItsReservationBack() {
        BigDecimal cost = perJob().cost();
        TestTenant tenant = TestTenants.create(Map.of("monthlyBudget", cost.add(cost.divide(BigDecimal.TEN))
                .toPlainString()));
        String id = tenant.submit("games", BODY).statusCode(202).extract().path("id");
        tenant.submit("games", BODY).statusCode(402).body("type", equalTo(PROBLEMS + "budget-exceeded"));

        tenant.request().delete("/api/v1/jobs/{id}", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("completedAt", notNullValue());
        assertThat(Ledger.budget(em, tenant.id())[1]).isEqualByComparingTo("0");
        tenant.submit("games", BODY).statusCode(202);
    }
}
