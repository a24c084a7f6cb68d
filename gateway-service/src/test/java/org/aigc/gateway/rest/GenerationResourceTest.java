package org.aigc.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.Json;
import org.aigc.contracts.Topics;
import org.aigc.gateway.support.Ledger;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class GenerationResourceTest {

    private static final String PROBLEMS = "https://aigc.dev/problems/";
    private static TestTenant tenant;

    @Inject
    EntityManager em;

    @BeforeEach
    void tenant() {
        // not in @BeforeAll: the application (and RestAssured's port) is not up yet there
        if (tenant == null) {
            tenant = TestTenants.create();
        }
    }

    @Test
    void acceptedJobIsStoredAndPublishedToTheVertical() {
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader requests = kafka.reader(Topics.requests("games"))) {
            String id = tenant.submit("games", """
                    {"task": "npc-dialogue", "input": {"npc": "Mira", "line": "Who goes there?"},
                     "options": {"locale": "en-US", "maxTokens": 200, "stream": false, "model": "default"}}
                    """)
                    .statusCode(202)
                    .body("status", equalTo("PENDING"))
                    .body("vertical", equalTo("games"))
                    .body("task", equalTo("npc-dialogue"))
                    .body("createdAt", notNullValue())
                    .body("result", nullValue())
                    .extract().path("id");

            ConsumerRecord<String, String> record = requests.await(KafkaTestClient.key(id), Duration.ofSeconds(15));
            GenerationRequested event = Json.read(record.value(), GenerationRequested.class);
            assertThat(event.requestId()).isEqualTo(id);
            assertThat(event.tenantId()).isEqualTo(tenant.id());
            assertThat(event.vertical()).isEqualTo("games");
            assertThat(event.task()).isEqualTo("npc-dialogue");
            assertThat(event.input().path("npc").asText()).isEqualTo("Mira");
            assertThat(event.options().locale()).isEqualTo("en-US");
            assertThat(event.options().maxTokens()).isEqualTo(200);
            assertThat(event.eventId()).isNotBlank();

            tenant.request().get("/api/v1/jobs/{id}", id).then().statusCode(200)
                    .body("status", equalTo("PENDING")).body("task", equalTo("npc-dialogue"));
            // the caller's input is not kept at the gateway (it may hold patient or card data): only its size
            assertThat(Ledger.count(em, "select count(*) from job where id = cast(?1 as uuid)"
                    + " and input::text like '%Mira%'", id)).isZero();
            assertThat(Ledger.count(em, "select count(*) from job where id = cast(?1 as uuid)"
                    + " and (input ->> 'chars')::int > 0", id)).isEqualTo(1);
        }
    }

    @Test
    void locationHeaderPointsAtTheJob() {
        io.restassured.response.Response response = tenant.request().contentType(ContentType.JSON)
                .body("{\"task\":\"quest\",\"input\":{}}").post("/api/v1/games/generations");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.header("Location")).endsWith("/api/v1/jobs/" + response.path("id"));
    }

    @Test
    void unknownTaskIsAcceptedTheIndustryServiceDecides() {
        tenant.submit("games", "{\"task\":\"no-such-task\",\"input\":{}}").statusCode(202);
    }

    @Test
    void missingOrInvalidKeyIs401Problem() {
        given().contentType(ContentType.JSON).body("{\"task\":\"quest\",\"input\":{}}")
                .post("/api/v1/games/generations")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unauthorized"));
        given().header("Authorization", "Bearer aigc_abcdefgh_" + "x".repeat(43)).contentType(ContentType.JSON)
                .body("{\"task\":\"quest\",\"input\":{}}").post("/api/v1/games/generations")
                .then().statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized"));
        // right prefix, wrong secret
        String forged = tenant.key().substring(0, 14) + "y".repeat(43);
        given().header("Authorization", "Bearer " + forged).contentType(ContentType.JSON)
                .body("{\"task\":\"quest\",\"input\":{}}").post("/api/v1/games/generations")
                .then().statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized"));
    }

    @Test
    void unknownVerticalIs404Problem() {
        tenant.submit("casino", "{\"task\":\"quest\",\"input\":{}}")
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unknown-vertical"))
                .body("status", equalTo(404));
    }

    @Test
    void malformedJsonIs400Problem() {
        tenant.submit("games", "{\"task\": \"quest\", \"input\": {")
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "malformed-json"))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    @Test
    void invalidFieldsAreAllReportedAt400() {
        tenant.submit("games", """
                {"input": [1, 2], "options": {"stream": "yes", "maxTokens": 1.5, "temperature": 2}}
                """)
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors.field", hasItems("task", "input", "options.stream", "options.maxTokens",
                        "options.temperature"));
        tenant.submit("games", "{\"task\":\"" + "t".repeat(65) + "\",\"input\":{}}")
                .statusCode(400).body("errors[0].field", equalTo("task"));
        tenant.submit("games", "[]").statusCode(400).body("type", equalTo(PROBLEMS + "invalid-request"));
    }

    @Test
    void oversizedBodyIs413Problem() {
        String big = "{\"task\":\"quest\",\"input\":{\"text\":\"" + "x".repeat(300 * 1024) + "\"}}";
        tenant.submit("games", big)
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "payload-too-large"));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        tenant.request().contentType(ContentType.TEXT).body("task=quest").post("/api/v1/games/generations")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"));
    }
}
