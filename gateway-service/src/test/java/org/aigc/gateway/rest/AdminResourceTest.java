package org.aigc.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.aigc.gateway.domain.ApiKey;
import org.aigc.gateway.service.ApiKeys;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class AdminResourceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void createsTenantAndIssuesKeyShownOnceAndStoredHashed() {
        String tenantId = TestTenants.admin().contentType(ContentType.JSON).body(Map.of("name", "Acme Games"))
                .post("/api/v1/admin/tenants")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/admin/tenants/"))
                .body("name", equalTo("Acme Games"))
                .body("id", notNullValue())
                .body("createdAt", notNullValue())
                .extract().path("id");

        ExtractableResponse<Response> issued = TestTenants.admin()
                .post("/api/v1/admin/tenants/{id}/keys", tenantId)
                .then().statusCode(201)
                .body("tenantId", equalTo(tenantId))
                .extract();
        String key = issued.path("key");
        String prefix = issued.path("prefix");
        assertThat(key).matches("aigc_[a-z0-9]{8}_[A-Za-z0-9_-]{43}").startsWith("aigc_" + prefix + "_");

        TestTenants.admin().get("/api/v1/admin/tenants/{id}", tenantId)
                .then().statusCode(200)
                .body("name", equalTo("Acme Games"))
                .body("keys", hasSize(1))
                .body("keys[0].prefix", equalTo(prefix))
                .body("keys[0].key", nullValue())
                .body(not(containsString(key)));

        ApiKey stored = storedKey(UUID.fromString(issued.path("id")));
        assertThat(stored.keyHash).isEqualTo(ApiKeys.hash(key)).doesNotContain(key);
    }

    private ApiKey storedKey(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(ApiKey.class, id));
    }

    @Test
    void adminCallsWithoutTheAdminKeyAre401Problems() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/v1/admin/tenants")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aigc.dev/problems/unauthorized"))
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer wrong-admin-key").contentType(ContentType.JSON)
                .body(Map.of("name", "x")).post("/api/v1/admin/tenants")
                .then().statusCode(401).body("type", equalTo("https://aigc.dev/problems/unauthorized"));
        TestTenants.TestTenant tenant = TestTenants.create();
        // a tenant's API key is no admin key
        tenant.request().get("/api/v1/admin/tenants/{id}", tenant.id())
                .then().statusCode(401).body("type", equalTo("https://aigc.dev/problems/unauthorized"));
    }

    @Test
    void rejectsTenantWithoutName() {
        TestTenants.admin().contentType(ContentType.JSON).body("{\"name\":\"  \"}").post("/api/v1/admin/tenants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aigc.dev/problems/invalid-request"))
                .body("errors[0].field", equalTo("name"));
        TestTenants.admin().contentType(ContentType.JSON).body("{\"name\":").post("/api/v1/admin/tenants")
                .then().statusCode(400)
                .body("type", equalTo("https://aigc.dev/problems/malformed-json"));
    }

    @Test
    void unknownTenantIs404Problem() {
        TestTenants.admin().get("/api/v1/admin/tenants/{id}", UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("https://aigc.dev/problems/tenant-not-found"));
        TestTenants.admin().post("/api/v1/admin/tenants/{id}/keys", "not-a-uuid")
                .then().statusCode(404).body("type", equalTo("https://aigc.dev/problems/tenant-not-found"));
    }
}
