package org.aigc.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.GenerationCancelled;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelChunk;
import org.aigc.contracts.Topics;
import org.aigc.gateway.support.SseClient;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** Job events over SSE, cancelling, and keyset paging of the job list. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class JobEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @Inject
    DataSource dataSource;

    private static String url(String id) {
        return "http://localhost:" + RestAssured.port + "/api/v1/jobs/" + id + "/events";
    }

    private static ModelChunk chunk(String id, String tenantId, int seq, String delta) {
        return new ModelChunk(UUID.randomUUID().toString(), id, tenantId, "games", java.time.Instant.now(),
                ModelChunk.SCHEMA_VERSION, "call-1", seq, delta, false, null);
    }

    @Test
    void streamsDeltasThenTheResultAndEnds() {
        TestTenant tenant = TestTenants.create();
        String id = tenant.submitAccepted("games", "quest");
        try (SseClient client = new SseClient(url(id), tenant.key());
                KafkaTestClient kafka = KafkaTestClient.shared()) {
            await().atMost(PATIENCE).until(() -> client.names().contains("status"));
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.contentType()).startsWith("text/event-stream");
            // the replica's chunk consumer may still be joining: send until the first delta comes through
            int seq = 0;
            while (!client.names().contains("chunk")) {
                kafka.sendEvent(Topics.MODEL_CHUNKS, id, chunk(id, tenant.id(), seq++, "Once "));
                await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> true);
                assertThat(seq).as("no delta came through").isLessThan(100);
            }
            kafka.sendEvent(Topics.MODEL_CHUNKS, id, chunk(id, tenant.id(), seq++, "upon a time"));
            await().atMost(PATIENCE).until(() -> client.events().stream()
                    .anyMatch(e -> e.data().contains("upon a time")));
            kafka.sendEvent(Topics.RESULTS, id, GenerationCompleted.of(id, tenant.id(), "games", "quest",
                    GenerationStatus.COMPLETED).content("Once upon a time").build());
            await().atMost(PATIENCE).until(client::ended);

            List<String> names = client.names();
            assertThat(names.get(0)).isEqualTo("status");
            assertThat(names.get(names.size() - 1)).isEqualTo("result");
            assertThat(names).doesNotContain("error");
            List<Integer> seqs = new ArrayList<>();
            client.events().stream().filter(e -> e.name().equals("chunk"))
                    .forEach(e -> seqs.add(Json.tree(e.data()).path("seq").asInt()));
            assertThat(seqs).isSorted();
            String result = client.events().get(names.size() - 1).data();
            assertThat(Json.tree(result).path("status").asText()).isEqualTo("COMPLETED");
            assertThat(Json.tree(result).path("result").path("content").asText()).isEqualTo("Once upon a time");
        }
    }

    @Test
    void lateClientGetsTheFinalResultAtOnce() {
        TestTenant tenant = TestTenants.create();
        String id = tenant.submitAccepted("games", "quest");
        try (KafkaTestClient kafka = KafkaTestClient.shared()) {
            kafka.sendEvent(Topics.RESULTS, id, GenerationCompleted.of(id, tenant.id(), "games", "quest",
                    GenerationStatus.BLOCKED).error("COMPLIANCE_BLOCKED", "rule GM-01").build());
        }
        await().atMost(PATIENCE).untilAsserted(() -> tenant.request().get("/api/v1/jobs/{id}", id).then()
                .body("status", equalTo("BLOCKED")));
        try (SseClient client = new SseClient(url(id), tenant.key())) {
            await().atMost(PATIENCE).until(client::ended);
            assertThat(client.names()).containsExactly("status", "result");
            assertThat(Json.tree(client.events().get(1).data()).path("status").asText()).isEqualTo("BLOCKED");
        }
    }

    @Test
    void aResultTheWakeUpPassedBeforeTheStreamOpenedStillEndsIt() throws Exception {
        TestTenant tenant = TestTenants.create();
        String id = tenant.submitAccepted("games", "quest");
        try (Connection lock = dataSource.getConnection(); KafkaTestClient kafka = KafkaTestClient.shared()) {
            // hold the job row: the shared consumer that stores results waits for it, the wake-up consumer does not
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("SELECT id FROM job WHERE id = ? FOR UPDATE")) {
                select.setObject(1, UUID.fromString(id));
                select.executeQuery().close();
            }
            kafka.sendEvent(Topics.RESULTS, id, GenerationCompleted.of(id, tenant.id(), "games", "quest",
                    GenerationStatus.COMPLETED).content("stored after the wake-up").build());
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
            try (SseClient client = new SseClient(url(id), tenant.key())) {
                await().atMost(PATIENCE).until(() -> client.names().contains("status"));
                assertThat(Json.tree(client.events().get(0).data()).path("status").asText()).isEqualTo("PENDING");
                lock.commit();
                await().atMost(Duration.ofSeconds(15)).until(client::ended);
                assertThat(client.names()).containsExactly("status", "result");
                assertThat(Json.tree(client.events().get(1).data()).path("result").path("content").asText())
                        .isEqualTo("stored after the wake-up");
            }
        }
    }

    @Test
    void anotherTenantsStreamIsAProblemNotAStream() {
        TestTenant owner = TestTenants.create();
        TestTenant other = TestTenants.create();
        String id = owner.submitAccepted("games", "quest");
        other.request().accept("text/event-stream").get("/api/v1/jobs/{id}/events", id).then().statusCode(404)
                .body("type", equalTo("https://aigc.dev/problems/job-not-found"));
    }

    @Test
    void cancelledJobIgnoresItsLateResultAndFinishedJobsCannotBeCancelled() {
        TestTenant tenant = TestTenants.create();
        String id = tenant.submitAccepted("games", "quest");
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                KafkaTestClient.Reader cancellations = kafka.reader(Topics.CANCELLATIONS)) {
            tenant.request().delete("/api/v1/jobs/{id}", id).then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
            tenant.request().delete("/api/v1/jobs/{id}", id).then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
            // the generation service's replicas learn it (once: a repeated DELETE changes nothing)
            GenerationCancelled told = EventSchemas.validate(GenerationCancelled.class,
                    cancellations.await(KafkaTestClient.key(id), PATIENCE).value());
            assertThat(told.tenantId()).isEqualTo(tenant.id());
            assertThat(told.vertical()).isEqualTo("games");
            assertThat(cancellations.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().equals(id)).hasSize(1);
        }
        String done = tenant.submitAccepted("games", "quest");
        try (KafkaTestClient kafka = KafkaTestClient.shared()) {
            kafka.sendEvent(Topics.RESULTS, id, GenerationCompleted.of(id, tenant.id(), "games", "quest",
                    GenerationStatus.COMPLETED).content("late").build());
            kafka.sendEvent(Topics.RESULTS, done, GenerationCompleted.of(done, tenant.id(), "games", "quest",
                    GenerationStatus.COMPLETED).content("done").build());
        }
        await().atMost(PATIENCE).untilAsserted(() -> tenant.request().get("/api/v1/jobs/{id}", done).then()
                .body("status", equalTo("COMPLETED")));
        tenant.request().get("/api/v1/jobs/{id}", id).then().body("status", equalTo("CANCELLED"));
        tenant.request().delete("/api/v1/jobs/{id}", done).then().statusCode(409)
                .body("type", equalTo("https://aigc.dev/problems/job-not-cancellable"));
        tenant.request().queryParam("status", "cancelled").get("/api/v1/jobs").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        TestTenants.create().request().delete("/api/v1/jobs/{id}", done).then().statusCode(404);
    }

    @Test
    void cursorPagesThroughEveryJobOnce() {
        TestTenant tenant = TestTenants.create();
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(0, tenant.submitAccepted("games", "quest"));
        }
        tenant.submitAccepted("games", "npc-dialogue");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = tenant.request().queryParam("limit", 2).queryParam("task", "quest");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/jobs").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(submitted);
        tenant.request().queryParam("cursor", "garbage!").get("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
