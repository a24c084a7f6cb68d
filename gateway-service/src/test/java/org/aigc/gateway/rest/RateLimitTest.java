package org.aigc.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aigc.gateway.service.RateLimiter;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class RateLimitTest {

    @Inject
    RateLimiter limiter;

    /** The counters are per minute: a test starting just before a boundary waits for the next minute. */
    private static void awayFromMinuteBoundary() throws InterruptedException {
        int second = Instant.now().atOffset(ZoneOffset.UTC).getSecond();
        if (second > 45) {
            Thread.sleep((61 - second) * 1000L);
        }
    }

    @Test
    void limitIsEnforcedWithRateLimitHeadersAndRetryAfter() throws InterruptedException {
        TestTenant tenant = TestTenants.create(Map.of("rateLimitPerMinute", 3));
        awayFromMinuteBoundary();
        for (int remaining = 2; remaining >= 0; remaining--) {
            tenant.request().get("/api/v1/jobs").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        Response refused = tenant.request().get("/api/v1/jobs");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://aigc.dev/problems/rate-limited"))
                .header("RateLimit-Remaining", "0");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);
        assertThat(Integer.parseInt(refused.header("RateLimit-Reset"))).isEqualTo(retryAfter);
        // generations count against the same limit
        tenant.submit("games", "{\"task\":\"quest\",\"input\":{}}").statusCode(429);
    }

    @Test
    void aKeysOwnLimitAppliesToThatKeyOnly() throws InterruptedException {
        TestTenant tenant = TestTenants.create(Map.of("rateLimitPerMinute", 100));
        String keyId = TestTenants.admin().get("/api/v1/admin/tenants/{id}", tenant.id()).then()
                .extract().path("keys[0].id");
        TestTenants.admin().contentType("application/json").body("{\"rateLimitPerMinute\": 2}")
                .patch("/api/v1/admin/tenants/{id}/keys/{key}", tenant.id(), keyId)
                .then().statusCode(200).body("rateLimitPerMinute", equalTo(2));
        String other = TestTenants.admin().post("/api/v1/admin/tenants/{id}/keys", tenant.id()).then()
                .statusCode(201).extract().path("key");
        awayFromMinuteBoundary();
        tenant.request().get("/api/v1/jobs").then().statusCode(200).header("RateLimit-Limit", "2")
                .header("RateLimit-Remaining", "1");
        tenant.request().get("/api/v1/jobs").then().statusCode(200).header("RateLimit-Remaining", "0");
        tenant.request().get("/api/v1/jobs").then().statusCode(429)
                .body("detail", org.hamcrest.Matchers.containsString("this key"));
        // the tenant's other key still has the tenant's budget of requests
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + other).get("/api/v1/jobs")
                .then().statusCode(200).header("RateLimit-Limit", "100");
        TestTenants.admin().contentType("application/json").body("{\"rateLimitPerMinute\": 0}")
                .patch("/api/v1/admin/tenants/{id}/keys/{key}", tenant.id(), keyId)
                .then().statusCode(400).body("errors[0].field", equalTo("rateLimitPerMinute"));
    }

    @Test
    void tenantWithoutLimitGetsNoHeaders() {
        TestTenant tenant = TestTenants.create();
        Response response = tenant.request().get("/api/v1/jobs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("RateLimit-Limit")).isNull();
    }

    /**
     * The count lives in PostgreSQL, not in the JVM: concurrent hits (as from several replicas) admit exactly the
     * limit.
     */
    @Test
    void concurrentHitsAdmitExactlyTheLimit() throws Exception {
        awayFromMinuteBoundary();
        String tenantId = TestTenants.create().id();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RateLimiter.Decision>> hits = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                hits.add(pool.submit(() -> limiter.hit(UUID.fromString(tenantId), 10)));
            }
            int allowed = 0;
            for (Future<RateLimiter.Decision> hit : hits) {
                allowed += hit.get().allowed() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }
}
