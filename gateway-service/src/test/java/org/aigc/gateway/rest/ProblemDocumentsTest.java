package org.aigc.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    /** Without Content-Length the limit can only be enforced while reading: still a problem, not an empty 413. */
    @Test
    void aChunkedBodyOverTheLimitIs413ProblemAndOneWithinItIsForwardedWhole() throws Exception {
        TestTenants.TestTenant tenant = TestTenants.create();
        HttpResponse<String> tooLarge = chunked(tenant, 300 * 1024);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(tooLarge.body()).contains(PROBLEMS + "payload-too-large");

        HttpResponse<String> fits = chunked(tenant, 100 * 1024);
        assertThat(fits.statusCode()).isEqualTo(201);
        assertThat(fits.body()).contains("\"bodyLength\":" + (100 * 1024 + 8));
    }

    /** POSTs {@code {"a":"xxx..."}} with {@code size} x's to the stub vertical, chunked (length unknown up front). */
    private static HttpResponse<String> chunked(TestTenants.TestTenant tenant, int size)
            throws Exception {
        byte[] body = ("{\"a\":\"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/games/npcs"))
                .header("Authorization", "Bearer " + tenant.key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
