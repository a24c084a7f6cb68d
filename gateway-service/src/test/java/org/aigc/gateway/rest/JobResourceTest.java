package org.aigc.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Topics;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class JobResourceTest {

    private static final String PROBLEMS = "https://aigc.dev/problems/";

    @Test
    void anotherTenantsJobIsNotFound() {
        TestTenant owner = TestTenants.create();
        TestTenant other = TestTenants.create();
        String id = owner.submitAccepted("games", "quest");

        owner.request().get("/api/v1/jobs/{id}", id).then().statusCode(200).body("id", equalTo(id))
                .body("keySet()", containsInAnyOrder("id", "vertical", "task", "status", "createdAt", "completedAt",
                        "result"));
        other.request().get("/api/v1/jobs/{id}", id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "job-not-found"));
        other.request().get("/api/v1/jobs").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownOrMalformedJobIdIs404AndNoKeyIs401() {
        TestTenant tenant = TestTenants.create();
        tenant.request().get("/api/v1/jobs/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "job-not-found"));
        tenant.request().get("/api/v1/jobs/{id}", "not-a-uuid").then().statusCode(404);
        io.restassured.RestAssured.given().get("/api/v1/jobs/{id}", UUID.randomUUID()).then().statusCode(401)
                .body("type", equalTo(PROBLEMS + "unauthorized"));
    }

    @Test
    void listsTheTenantsJobsNewestFirstWithFilters() {
        TestTenant tenant = TestTenants.create();
        String first = tenant.submitAccepted("games", "quest");
        String second = tenant.submitAccepted("marketing", "slogan");
        String third = tenant.submitAccepted("games", "npc-dialogue");
        try (KafkaTestClient kafka = KafkaTestClient.shared()) {
            kafka.sendEvent(Topics.RESULTS, first, GenerationCompleted.of(first, tenant.id(), "games", "quest",
                    GenerationStatus.COMPLETED).content("done").build());
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> tenant.request().get("/api/v1/jobs/{id}", first)
                .then().body("status", equalTo("COMPLETED")));

        List<String> all = tenant.request().get("/api/v1/jobs").then().statusCode(200).extract().path("items.id");
        assertThat(all).containsExactly(third, second, first);
        List<String> games = tenant.request().queryParam("vertical", "games").get("/api/v1/jobs")
                .then().statusCode(200).extract().path("items.id");
        assertThat(games).containsExactly(third, first);
        List<String> pendingGames = tenant.request().queryParam("vertical", "games").queryParam("status", "pending")
                .get("/api/v1/jobs").then().statusCode(200).extract().path("items.id");
        assertThat(pendingGames).containsExactly(third);
        List<String> limited = tenant.request().queryParam("limit", 2).get("/api/v1/jobs")
                .then().statusCode(200).extract().path("items.id");
        assertThat(limited).containsExactly(third, second);
    }

    @Test
    void invalidListParametersAre400() {
        TestTenant tenant = TestTenants.create();
        tenant.request().queryParam("status", "DONE").get("/api/v1/jobs").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-request")).body("errors[0].field", equalTo("status"));
        tenant.request().queryParam("limit", 1000).get("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        tenant.request().queryParam("vertical", "casino").get("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("vertical"));
    }
}
