package org.aigc.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Topics;
import org.aigc.gateway.config.RecoveryConfig;
import org.aigc.gateway.support.Ledger;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;

/**
 * Jobs that never get a result are failed explicitly once past the deadline, with their reservation released; jobs
 * held for a reviewer are left alone. The pass runs with a clock moved past the deadline instead of waiting for it.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class StuckJobsTest {

    /** No industry service answers this task in the gateway's tests: its jobs stay pending. */
    private static final String BODY = "{\"task\":\"never-answered\",\"input\":{\"topic\":\"lost\"},"
            + "\"options\":{\"maxTokens\":100}}";

    @Inject
    StuckJobs stuckJobs;

    @Inject
    RecoveryConfig config;

    @Inject
    EntityManager em;

    private Instant pastTheDeadline() {
        return Instant.now().plus(config.jobDeadline()).plusSeconds(1);
    }

    @Test
    void aJobWithoutResultFailsPastTheDeadlineAndGivesItsReservationBack() {
        TestTenant tenant = TestTenants.create(Map.of("monthlyBudget", "10"));
        String id = tenant.submit("media", BODY).statusCode(202).extract().path("id");
        assertThat(Ledger.held(em, tenant.id())).as("reserved while pending").isPositive();

        assertThat(stuckJobs.failStuck(Instant.now())).as("not before the deadline").doesNotContain(UUID.fromString(id));
        tenant.request().get("/api/v1/jobs/{id}", id).then().body("status", equalTo("PENDING"));

        assertThat(stuckJobs.failStuck(pastTheDeadline())).contains(UUID.fromString(id));

        tenant.request().get("/api/v1/jobs/{id}", id).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("result.errorCode", equalTo(StuckJobs.TIMED_OUT))
                .body("completedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(Ledger.held(em, tenant.id())).as("reservation released").isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Ledger.budget(em, tenant.id())[1]).as("budget no longer reserved")
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(stuckJobs.failStuck(pastTheDeadline())).as("failed once").doesNotContain(UUID.fromString(id));
    }

    @Test
    void aResultArrivingAfterTheTimeoutDoesNotReopenTheJob() throws InterruptedException {
        TestTenant tenant = TestTenants.create();
        String id = tenant.submit("media", BODY).statusCode(202).extract().path("id");
        stuckJobs.failStuck(pastTheDeadline());

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers())) {
            kafka.sendEvent(Topics.RESULTS, id, GenerationCompleted.of(id, tenant.id(), "media", "never-answered",
                    GenerationStatus.COMPLETED).content("late").build());
        }
        // the late result is consumed (within moments) and ignored: the job keeps its explicit failure
        Thread.sleep(3000);
        tenant.request().get("/api/v1/jobs/{id}", id).then().body("status", equalTo("FAILED"))
                .body("result.errorCode", equalTo(StuckJobs.TIMED_OUT));
    }

    @Test
    void aJobHeldForReviewIsNotTimedOut() {
        TestTenant tenant = TestTenants.create();
        String id = tenant.submit("media", BODY).statusCode(202).extract().path("id");
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers())) {
            kafka.sendEvent(Topics.RESULTS, id, GenerationCompleted.of(id, tenant.id(), "media", "never-answered",
                    GenerationStatus.NEEDS_REVIEW).content("held").build());
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> tenant.request().get("/api/v1/jobs/{id}", id)
                .then().body("status", equalTo("NEEDS_REVIEW")));

        assertThat(stuckJobs.failStuck(pastTheDeadline())).doesNotContain(UUID.fromString(id));
        tenant.request().get("/api/v1/jobs/{id}", id).then().body("status", equalTo("NEEDS_REVIEW"));
    }

    private static String bootstrapServers() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("kafka.bootstrap.servers", String.class);
    }
}
