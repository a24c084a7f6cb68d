package org.aigc.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aigc.contracts.Topics;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.gateway.support.Usage;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;

/** Usage reports reconcile exactly with the UsageRecorded events; CSV export; the index serves them. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class UsageReportTest {

    @Inject
    EntityManager em;

    @Inject
    javax.sql.DataSource dataSource;

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void tenantReportSumsExactlyByDayModelVerticalAndTask() {
        TestTenant tenant = TestTenants.create();
        TestTenant other = TestTenants.create();
        try (KafkaTestClient kafka = KafkaTestClient.shared()) {
            kafka.sendEvent(Topics.USAGE, tenant.id(), Usage.at(tenant.id(), "r1", "games", "quest", "offline", 10, 5,
                    "0.1000000001", at("2024-03-01T10:00:00Z")));
            kafka.sendEvent(Topics.USAGE, tenant.id(), Usage.at(tenant.id(), "r2", "games", "npc-dialogue", "gpt-4o",
                    20, 7, "0.2", at("2024-03-01T23:59:59Z")));
            kafka.sendEvent(Topics.USAGE, tenant.id(), Usage.at(tenant.id(), "r3", "media", "headline", "gpt-4o", 3,
                    1, "0.0000000009", at("2024-03-02T00:00:00Z")));
            kafka.sendEvent(Topics.USAGE, tenant.id(), Usage.at(tenant.id(), "r4", "media", "headline", "gpt-4o", 1,
                    1, "5", at("2024-03-04T00:00:00Z"))); // outside the period asked for
            kafka.sendEvent(Topics.USAGE, other.id(), Usage.at(other.id(), "r5", "games", "quest", "offline", 1, 1,
                    "7", at("2024-03-01T12:00:00Z")));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tenant.request()
                .queryParam("from", "2024-03-01").queryParam("to", "2024-03-04").get("/api/v1/usage")
                .then().statusCode(200).body("totals[0].calls", equalTo(4)));

        tenant.request().queryParam("from", "2024-03-01").queryParam("to", "2024-03-02").get("/api/v1/usage")
                .then().statusCode(200)
                .body("groupBy", equalTo("day"))
                .body("items.key", equalTo(List.of("2024-03-01", "2024-03-02")))
                .body("items[0].cost", equalTo("0.3000000001"))
                .body("items[0].totalTokens", equalTo(42))
                .body("items[1].cost", equalTo("0.0000000009"))
                .body("totals[0].cost", equalTo("0.300000001"))
                .body("totals[0].currency", equalTo("USD"));
        tenant.request().queryParam("from", "2024-03-01").queryParam("to", "2024-03-02")
                .queryParam("groupBy", "model").get("/api/v1/usage")
                .then().body("items.key", equalTo(List.of("gpt-4o", "offline")))
                .body("items[0].cost", equalTo("0.2000000009"));
        tenant.request().queryParam("from", "2024-03-01").queryParam("to", "2024-03-02")
                .queryParam("groupBy", "vertical").get("/api/v1/usage")
                .then().body("items.key", equalTo(List.of("games", "media")));
        tenant.request().queryParam("from", "2024-03-01").queryParam("to", "2024-03-02")
                .queryParam("groupBy", "task").get("/api/v1/usage")
                .then().body("items.key", equalTo(List.of("headline", "npc-dialogue", "quest")));

        String csv = tenant.request().accept("text/csv").queryParam("from", "2024-03-01")
                .queryParam("to", "2024-03-02").queryParam("groupBy", "task").get("/api/v1/usage")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.split("\r\n")).containsExactly(
                "task,currency,calls,promptTokens,completionTokens,totalTokens,cost",
                "headline,USD,1,3,1,4,0.0000000009",
                "npc-dialogue,USD,1,20,7,27,0.2",
                "quest,USD,1,10,5,15,0.1000000001");
        assertThat(tenant.request().queryParam("format", "csv").queryParam("from", "2024-03-01")
                .queryParam("to", "2024-03-02").get("/api/v1/usage").contentType()).startsWith("text/csv");

        // the admin sees both tenants, and can group by tenant
        // the other tenant's event is on another partition key, so it may be stored after this tenant's four
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> tenants = TestTenants.admin().queryParam("from", "2024-03-01")
                    .queryParam("to", "2024-03-01").queryParam("groupBy", "tenant").get("/api/v1/admin/usage")
                    .then().statusCode(200).extract().path("items.key");
            assertThat(tenants).contains(tenant.id(), other.id());
        });
        TestTenants.admin().queryParam("tenantId", other.id()).queryParam("from", "2024-03-01")
                .queryParam("to", "2024-03-01").get("/api/v1/admin/usage")
                .then().statusCode(200).body("totals[0].cost", equalTo("7"));
        tenant.request().get("/api/v1/admin/usage").then().statusCode(401);
    }

    @Test
    void invalidQueriesAreProblems() {
        TestTenant tenant = TestTenants.create();
        tenant.request().queryParam("groupBy", "tenant").get("/api/v1/usage").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        tenant.request().queryParam("from", "2024-13-01").get("/api/v1/usage").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        tenant.request().queryParam("from", "2020-01-01").queryParam("to", "2024-01-01").get("/api/v1/usage")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    /**
     * 300,000 usage rows of 30 tenants: the tenant's monthly report must read the covering index only. The plan is
     * written to {@code target/usage-explain.txt} for the issue note.
     */
    @Test
    void tenantReportUsesTheCoveringIndex() throws Exception {
        UUID tenant = UUID.randomUUID();
        String plan = QuarkusTransaction.requiringNew().timeout(300).call(() -> {
            em.createNativeQuery("""
                    insert into usage_record (event_id, tenant_id, request_id, call_id, vertical, task, model,
                        prompt_tokens, completion_tokens, cost, currency, occurred_at)
                    select 'plan-' || ?1 || '-' || g,
                        case when g % 30 = 0 then cast(?1 as uuid) else md5(cast(g % 30 as text))::uuid end,
                        'r' || g, 'c' || g, 'games', 'quest', case when g % 2 = 0 then 'offline' else 'gpt-4o' end,
                        100, 50, 0.0015, 'USD', timestamptz '2001-01-01' + g * interval '30 seconds'
                    from generate_series(1, 300000) g""").setParameter(1, tenant.toString()).executeUpdate();
            return "";
        });
        // outside any transaction: VACUUM sets the visibility map that index-only scans rely on
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze usage_record");
        }
        plan = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> lines = em.createNativeQuery("""
                    explain (analyze, buffers) select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD'), currency,
                        count(*), sum(prompt_tokens), sum(completion_tokens), sum(cost)
                    from usage_record where occurred_at >= timestamptz '2001-02-01'
                        and occurred_at < timestamptz '2001-03-01' and tenant_id = ?1
                    group by 1, 2 order by 1, 2""").setParameter(1, tenant).getResultList();
            return lines.stream().map(Object::toString).collect(Collectors.joining("\n"));
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "usage-explain.txt"), plan + "\n");
        // an index-only scan, or a bitmap scan of the same index when the visibility map is not yet set
        assertThat(plan).containsPattern("(using|on) usage_record_tenant_time").doesNotContain("Seq Scan");
    }
}
