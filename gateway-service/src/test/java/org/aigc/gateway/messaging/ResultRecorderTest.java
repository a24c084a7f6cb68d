package org.aigc.gateway.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Topics;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class ResultRecorderTest {

    private static TestTenant tenant;
    private static KafkaTestClient kafka;

    @BeforeEach
    void setUp() {
        // not in @BeforeAll: the application (and RestAssured's port) is not up yet there
        if (tenant == null) {
            tenant = TestTenants.create();
            kafka = KafkaTestClient.shared();
        }
    }

    @AfterAll
    static void tearDown() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static GenerationCompleted.Builder result(String jobId, GenerationStatus status) {
        return GenerationCompleted.of(jobId, tenant.id(), "games", "quest", status);
    }

    private static JsonPath job(String id) {
        return tenant.request().get("/api/v1/jobs/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(job(id).getString("status"))
                .isEqualTo(status));
    }

    @Test
    void storesTheResultOnItsJob() {
        String id = tenant.submitAccepted("games", "quest");
        kafka.sendEvent(Topics.RESULTS, id, result(id, GenerationStatus.REJECTED)
                .error("INVALID_INPUT", "input.level must be a number")
                .fieldErrors(List.of(new FieldError("level", "must be a number"))).build());

        awaitStatus(id, "REJECTED");
        JsonPath job = job(id);
        assertThat(job.getString("result.errorCode")).isEqualTo("INVALID_INPUT");
        assertThat(job.getString("result.reason")).isEqualTo("input.level must be a number");
        assertThat(job.getString("result.fieldErrors[0].field")).isEqualTo("level");
        assertThat(job.getString("completedAt")).isNotNull();
    }

    @Test
    void finalStateIsNotOverwrittenButReviewIsFollowedByTheDecision() {
        String id = tenant.submitAccepted("games", "quest");
        GenerationCompleted review = result(id, GenerationStatus.NEEDS_REVIEW).content("draft").build();
        kafka.sendEvent(Topics.RESULTS, id, review);
        awaitStatus(id, "NEEDS_REVIEW");
        assertThat(job(id).getString("completedAt")).isNull();

        kafka.sendEvent(Topics.RESULTS, id, result(id, GenerationStatus.COMPLETED).content("approved").build());
        awaitStatus(id, "COMPLETED");

        // a redelivered review and a stray late result change nothing
        kafka.sendEvent(Topics.RESULTS, id, review);
        kafka.sendEvent(Topics.RESULTS, id, result(id, GenerationStatus.FAILED).error("MODEL_ERROR", "x").build());
        String marker = tenant.submitAccepted("games", "quest");
        kafka.sendEvent(Topics.RESULTS, marker, result(marker, GenerationStatus.COMPLETED).build());
        // the marker may sit on another partition, so its arrival proves little: keep checking for a while
        awaitStatus(marker, "COMPLETED");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            JsonPath job = job(id);
            assertThat(job.getString("status")).isEqualTo("COMPLETED");
            assertThat(job.getString("result.content")).isEqualTo("approved");
        });
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndConsumptionContinues() {
        try (KafkaTestClient.Reader dlq = kafka.reader(Topics.dlq(Topics.RESULTS))) {
            String badKey = "bad-" + UUID.randomUUID();
            kafka.send(Topics.RESULTS, badKey, "{\"this is\": not json");
            String schemaBreakerKey = "schema-" + UUID.randomUUID();
            kafka.send(Topics.RESULTS, schemaBreakerKey, "{\"requestId\": \"x\", \"status\": \"MAYBE\"}");

            ConsumerRecord<String, String> dead = dlq.await(KafkaTestClient.key(badKey), Duration.ofSeconds(20));
            assertThat(dead.value()).isEqualTo("{\"this is\": not json");
            dlq.await(KafkaTestClient.key(schemaBreakerKey), Duration.ofSeconds(20));
        }
        String id = tenant.submitAccepted("games", "quest");
        kafka.sendEvent(Topics.RESULTS, id, result(id, GenerationStatus.COMPLETED).content("still working").build());
        awaitStatus(id, "COMPLETED");
    }

    @Test
    void resultsForUnknownJobsOrOtherTenantsAreIgnored() {
        String unknown = UUID.randomUUID().toString();
        kafka.sendEvent(Topics.RESULTS, unknown, result(unknown, GenerationStatus.COMPLETED).build());
        kafka.sendEvent(Topics.RESULTS, "integrator-42",
                GenerationCompleted.of("integrator-42", "t", "games", "quest", GenerationStatus.COMPLETED).build());
        String id = tenant.submitAccepted("games", "quest");
        kafka.sendEvent(Topics.RESULTS, id,
                GenerationCompleted.of(id, UUID.randomUUID().toString(), "games", "quest", GenerationStatus.BLOCKED)
                        .build());
        String later = tenant.submitAccepted("games", "quest");
        kafka.sendEvent(Topics.RESULTS, later, result(later, GenerationStatus.BLOCKED).build());

        awaitStatus(later, "BLOCKED");
        tenant.request().get("/api/v1/jobs/{id}", id).then().body("status", equalTo("PENDING"));
    }
}
