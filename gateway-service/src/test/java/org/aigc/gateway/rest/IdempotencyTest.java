package org.aigc.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aigc.gateway.support.Ledger;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class IdempotencyTest {

    private static final String BODY = "{\"task\":\"quest\",\"input\":{\"topic\":\"dragons\"}}";

    @Inject
    EntityManager em;

    private static ValidatableResponse post(TestTenant tenant, String key, String body) {
        return tenant.request().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/games/generations").then();
    }

    @Test
    void sameKeyAndBodyReturnTheSameJobOnce() {
        TestTenant tenant = TestTenants.create();
        String key = UUID.randomUUID().toString();
        String first = post(tenant, key, BODY).statusCode(202).extract().path("id");
        // whitespace does not make a different body
        String again = post(tenant, key, "{ \"task\": \"quest\", \"input\": {\"topic\": \"dragons\"} }")
                .statusCode(202).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(Ledger.count(em, "select count(*) from job where tenant_id = cast(?1 as uuid)", tenant.id()))
                .isEqualTo(1);
        assertThat(Ledger.count(em, "select count(*) from reservation where tenant_id = cast(?1 as uuid)",
                tenant.id())).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        TestTenant tenant = TestTenants.create();
        String key = UUID.randomUUID().toString();
        post(tenant, key, BODY).statusCode(202);
        post(tenant, key, "{\"task\":\"quest\",\"input\":{\"topic\":\"elves\"}}").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aigc.dev/problems/idempotency-key-reused"));
    }

    @Test
    void keysAreScopedToTheTenant() {
        TestTenant one = TestTenants.create();
        TestTenant two = TestTenants.create();
        String key = UUID.randomUUID().toString();
        String a = post(one, key, BODY).statusCode(202).extract().path("id");
        String b = post(two, key, BODY).statusCode(202).extract().path("id");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void concurrentRetriesCreateOneJob() throws Exception {
        TestTenant tenant = TestTenants.create();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ids.add(pool.submit(() -> post(tenant, key, BODY).statusCode(202).extract().<String>path("id")));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> id : ids) {
                distinct.add(id.get());
            }
            assertThat(distinct).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Ledger.count(em, "select count(*) from job where tenant_id = cast(?1 as uuid)", tenant.id()))
                .isEqualTo(1);
    }

    @Test
    void overlongKeyIs400() {
        TestTenant tenant = TestTenants.create();
        post(tenant, "k".repeat(256), BODY).statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
