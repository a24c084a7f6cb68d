package org.aigc.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.gateway.support.StubVertical;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class ApiQualityTest {

    @Test
    void openApiDocumentsTheNewEndpoints() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/usage"))
                .body(containsString("/api/v1/admin/usage"))
                .body(containsString("/api/v1/jobs/{id}/events"))
                .body(containsString("/api/v1/admin/tenants/{id}/keys/{keyId}"));
    }

    @Test
    void corsPreflightAllowsAConfiguredOriginOnly() {
        given().header("Origin", "https://shop.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/games/generations")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://shop.example"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/games/generations")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
