package org.aigc.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Creates tenants and keys through the admin API, as an operator would. */
public final class TestTenants {

    public static final String ADMIN_KEY = "test-admin-key-0123456789";

    private TestTenants() {
    }

    /** A tenant with one API key. */
    public record TestTenant(String id, String key) {
        public RequestSpecification request() {
            return given().header("Authorization", "Bearer " + key);
        }

        /** Submits a generation and returns the response for assertions. */
        public ValidatableResponse submit(String vertical, String body) {
            return request().contentType(ContentType.JSON).body(body)
                    .post("/api/v1/{vertical}/generations", vertical).then();
        }

        public String submitAccepted(String vertical, String task) {
            return submit(vertical, "{\"task\":\"" + task + "\",\"input\":{\"topic\":\"dragons\"}}")
                    .statusCode(202).extract().path("id");
        }
    }

    public static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + ADMIN_KEY);
    }

    /** A tenant created with the given extra fields (e.g. limits), with one API key. */
    public static TestTenant create(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.put("name", "tenant-" + UUID.randomUUID().toString().substring(0, 8));
        String id = admin().contentType(ContentType.JSON).body(body)
                .post("/api/v1/admin/tenants").then().statusCode(201).extract().path("id");
        String key = admin().post("/api/v1/admin/tenants/{id}/keys", id).then().statusCode(201).extract().path("key");
        return new TestTenant(id, key);
    }

    /** Changes fields of the tenant through {@code PATCH}. */
    public static void patch(TestTenant tenant, String json) {
        admin().contentType(ContentType.JSON).body(json).patch("/api/v1/admin/tenants/{id}", tenant.id())
                .then().statusCode(200);
    }

    public static TestTenant create() {
        String id = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "tenant-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/admin/tenants").then().statusCode(201).extract().path("id");
        String key = admin().post("/api/v1/admin/tenants/{id}/keys", id).then().statusCode(201).extract().path("key");
        return new TestTenant(id, key);
    }
}
