package org.aigc.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

/** Tenant fields through the admin API, and their effect on the tenant's own requests. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class TenantPolicyTest {

    private static final String PROBLEMS = "https://aigc.dev/problems/";

    @Test
    void createsReadsAndPatchesEveryPolicyField() {
        String id = TestTenants.admin().contentType(ContentType.JSON).body("""
                {"name": "Acme Retail", "allowedVerticals": ["ecommerce", "marketing"], "allowedTasks": ["slogan"],
                 "allowedModels": ["default"], "rateLimitPerMinute": 600, "tokenQuotaPerDay": 2000000,
                 "monthlyBudget": "1250.50", "currency": "EUR"}
                """).post("/api/v1/admin/tenants")
                .then().statusCode(201)
                .body("allowedVerticals", equalTo(List.of("ecommerce", "marketing")))
                .body("monthlyBudget", equalTo("1250.5"))
                .extract().path("id");

        TestTenants.admin().get("/api/v1/admin/tenants/{id}", id).then().statusCode(200)
                .body("name", equalTo("Acme Retail"))
                .body("disabled", equalTo(false))
                .body("allowedTasks", equalTo(List.of("slogan")))
                .body("allowedModels", equalTo(List.of("default")))
                .body("rateLimitPerMinute", equalTo(600))
                .body("tokenQuotaPerDay", equalTo(2000000))
                .body("currency", equalTo("EUR"));

        // merge patch: present fields change, null clears, absent ones stay
        TestTenants.admin().contentType(ContentType.JSON)
                .body("{\"allowedVerticals\": null, \"monthlyBudget\": \"99.999\", \"rateLimitPerMinute\": null}")
                .patch("/api/v1/admin/tenants/{id}", id)
                .then().statusCode(200)
                .body("allowedVerticals", nullValue())
                .body("monthlyBudget", equalTo("99.999"))
                .body("rateLimitPerMinute", nullValue())
                .body("tokenQuotaPerDay", equalTo(2000000))
                .body("name", equalTo("Acme Retail"));
    }

    @Test
    void invalidFieldsAreAllReported() {
        TestTenants.admin().contentType(ContentType.JSON).body("""
                {"name": "x", "allowedVerticals": ["casino"], "rateLimitPerMinute": 0, "monthlyBudget": 12.5,
                 "currency": "euro", "colour": "red"}
                """).post("/api/v1/admin/tenants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors.field", hasItems("allowedVerticals", "rateLimitPerMinute", "monthlyBudget", "currency",
                        "colour"));
        TestTenant tenant = TestTenants.create();
        TestTenants.admin().contentType(ContentType.JSON).body("{\"tokenQuotaPerDay\": -5}")
                .patch("/api/v1/admin/tenants/{id}", tenant.id())
                .then().statusCode(400).body("errors[0].field", equalTo("tokenQuotaPerDay"));
    }

    @Test
    void listsTenantsInPages() {
        TestTenant a = TestTenants.create();
        TestTenant b = TestTenants.create();
        List<String> all = TestTenants.admin().queryParam("limit", 500).get("/api/v1/admin/tenants")
                .then().statusCode(200).extract().path("items.id");
        assertThat(all).contains(a.id(), b.id());
        TestTenants.admin().queryParam("limit", 1).get("/api/v1/admin/tenants")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("limit", equalTo(1));
        TestTenants.admin().queryParam("limit", 0).get("/api/v1/admin/tenants")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void disabledTenantIsRefusedAtOnceAndCanBeEnabledAgain() {
        TestTenant tenant = TestTenants.create();
        tenant.request().get("/api/v1/jobs").then().statusCode(200);

        TestTenants.patch(tenant, "{\"disabled\": true}");
        tenant.request().get("/api/v1/jobs").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "tenant-disabled"));
        tenant.submit("games", "{\"task\":\"quest\",\"input\":{}}").statusCode(403);
        TestTenants.admin().get("/api/v1/admin/tenants/{id}", tenant.id()).then()
                .body("disabled", equalTo(true)).body("disabledAt", notNullValue());

        TestTenants.patch(tenant, "{\"disabled\": false}");
        tenant.request().get("/api/v1/jobs").then().statusCode(200);
    }

    @Test
    void revokedKeyIsRefusedAtOnceOtherKeysStillWork() {
        TestTenant tenant = TestTenants.create();
        Map<String, Object> second = TestTenants.admin().post("/api/v1/admin/tenants/{id}/keys", tenant.id())
                .then().statusCode(201).extract().as(Map.class);
        String firstKeyId = TestTenants.admin().get("/api/v1/admin/tenants/{id}", tenant.id())
                .then().extract().path("keys[0].id");
        tenant.request().get("/api/v1/jobs").then().statusCode(200);

        TestTenants.admin().delete("/api/v1/admin/tenants/{id}/keys/{key}", tenant.id(), firstKeyId)
                .then().statusCode(200).body("revokedAt", notNullValue());
        tenant.request().get("/api/v1/jobs").then().statusCode(401)
                .body("type", equalTo(PROBLEMS + "unauthorized"));
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + second.get("key"))
                .get("/api/v1/jobs").then().statusCode(200);

        TestTenant other = TestTenants.create();
        TestTenants.admin().delete("/api/v1/admin/tenants/{id}/keys/{key}", other.id(), firstKeyId)
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "key-not-found"));
    }

    @Test
    void allowListsLimitVerticalsTasksAndModels() {
        TestTenant tenant = TestTenants.create(Map.of("allowedVerticals", List.of("games"),
                "allowedTasks", List.of("quest", "games/npc-dialogue"), "allowedModels", List.of("offline")));
        tenant.submit("games", "{\"task\":\"quest\",\"input\":{}}").statusCode(202);
        tenant.submit("games", "{\"task\":\"npc-dialogue\",\"input\":{}}").statusCode(202);
        tenant.submit("marketing", "{\"task\":\"quest\",\"input\":{}}").statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "vertical-not-allowed"));
        tenant.submit("games", "{\"task\":\"item-description\",\"input\":{}}").statusCode(403)
                .body("type", equalTo(PROBLEMS + "task-not-allowed"));
        tenant.submit("games", "{\"task\":\"quest\",\"input\":{},\"options\":{\"model\":\"gpt-4o\"}}")
                .statusCode(403).body("type", equalTo(PROBLEMS + "model-not-allowed"));
        tenant.submit("games", "{\"task\":\"quest\",\"input\":{},\"options\":{\"model\":\"offline\"}}")
                .statusCode(202);
        // domain data of a vertical the tenant may not use is refused before it is forwarded
        tenant.request().get("/api/v1/marketing/brands").then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "vertical-not-allowed"));
    }
}
