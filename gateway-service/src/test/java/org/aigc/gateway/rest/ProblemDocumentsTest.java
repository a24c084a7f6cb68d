package org.aigc.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class ProblemDocumentsTest {

    private static final String PROBLEMS = "https://aigc.dev/problems/";

    @Test
    void unknownRouteIs404Problem() {
        given().get("/no/such/route").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/no/such/route"));
    }

    @Test
    void wrongMethodIs405Problem() {
        TestTenants.TestTenant tenant = TestTenants.create();
        tenant.request().delete("/api/v1/jobs").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "method-not-allowed"));
    }

    @Test
    void requestIdIsEchoedOrGeneratedAndInTheProblem() {
        given().header("X-Request-Id", "abc-123").get("/no/such/route").then()
                .header("X-Request-Id", "abc-123")
                .body("requestId", equalTo("abc-123"));
        given().get("/api/v1/jobs").then().statusCode(401)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "bad id with spaces\t").get("/q/health/live").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/{vertical}/generations'.post", org.hamcrest.Matchers.notNullValue());
    }
}
