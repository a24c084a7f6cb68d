package org.aigc.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.StubVertical.Received;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class ForwardingResourceTest {

    private static final String PROBLEMS = "https://aigc.dev/problems/";
    private static TestTenant tenant;

    @BeforeEach
    void tenant() {
        // not in @BeforeAll: the application (and RestAssured's port) is not up yet there
        if (tenant == null) {
            tenant = TestTenants.create();
        }
    }

    @BeforeEach
    void clear() {
        StubVertical.clear();
    }

    @Test
    void forwardsGetWithPathQueryAndTenantButWithoutCredentials() {
        tenant.request().urlEncodingEnabled(false).header("X-Request-Id", "trace-123").header("Cookie", "session=abc")
                .get("/api/v1/games/tasks?kind=npc&q=a%20b")
                .then().statusCode(200)
                .contentType("application/vnd.games+json")
                .body("method", equalTo("GET"))
                .body("tenant", equalTo(tenant.id()));

        Received received = StubVertical.next();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.pathAndQuery()).isEqualTo("/api/v1/games/tasks?kind=npc&q=a%20b");
        assertThat(received.header("X-Aigc-Tenant")).isEqualTo(tenant.id());
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.header("Cookie")).isNull();
        assertThat(received.header("X-Request-Id")).isEqualTo("trace-123");
    }

    @Test
    void forwardsBodiesOfWritesAndPassesTheUpstreamStatusBack() {
        tenant.request().contentType("application/json").body("{\"name\":\"Mira\"}")
                .post("/api/v1/games/npcs")
                .then().statusCode(201).body("bodyLength", equalTo(15));
        Received post = StubVertical.next();
        assertThat(post.body()).isEqualTo("{\"name\":\"Mira\"}");
        assertThat(post.header("Content-Type")).startsWith("application/json");

        tenant.request().contentType("application/json").body("{}").put("/api/v1/games/npcs/7").then().statusCode(200);
        assertThat(StubVertical.next().method()).isEqualTo("PUT");
        tenant.request().contentType("application/json").body("{}").patch("/api/v1/games/npcs/7").then()
                .statusCode(200);
        assertThat(StubVertical.next().method()).isEqualTo("PATCH");
        tenant.request().delete("/api/v1/games/npcs/7").then().statusCode(200);
        assertThat(StubVertical.next().pathAndQuery()).isEqualTo("/api/v1/games/npcs/7");
    }

    @Test
    void aCallerCannotChooseTheTenantHeader() {
        tenant.request().header("X-Aigc-Tenant", "someone-else").get("/api/v1/games/lore").then().statusCode(200);
        assertThat(StubVertical.next().headers().get("x-aigc-tenant")).containsExactly(tenant.id());
    }

    @Test
    void aVerticalsRulesAndTemplatesAreForTheAdminOnly() {
        tenant.request().get("/api/v1/games/admin/rules").then().statusCode(401)
                .contentType("application/problem+json");
        tenant.request().urlEncodingEnabled(false).contentType("application/json").body("{}")
                .patch("/api/v1/games/%61dmin/rules/GM-06").then().statusCode(401);
        assertThat(StubVertical.nothingReceived()).isTrue();

        given().header("Authorization", "Bearer " + TestTenants.ADMIN_KEY).get("/api/v1/games/admin/rules")
                .then().statusCode(200);
        Received received = StubVertical.next();
        assertThat(received.header("X-Aigc-Tenant")).isEqualTo("platform-admin");
        assertThat(received.header("X-Aigc-User")).isEqualTo("platform-admin");
    }

    @Test
    void reviewersNameThemselvesForTheAuditTrail() {
        tenant.request().header("X-Aigc-User", "dr-lee").contentType("application/json").body("{}")
                .post("/api/v1/games/reviews/r-1/approve").then().statusCode(201);
        assertThat(StubVertical.next().header("X-Aigc-User")).isEqualTo("dr-lee");
    }

    @Test
    void labelsAreVerifiedByTheServiceThatSignedThem() {
        String jobId = tenant.request().contentType("application/json")
                .body("{\"task\":\"npc-dialogue\",\"input\":{}}").post("/api/v1/games/generations")
                .then().statusCode(202).extract().path("id");
        String label = "{\"content\":\"Hello\",\"labels\":{\"AIGC\":{\"Label\":\"1\",\"ProduceID\":\"%s\","
                + "\"ReservedCode1\":\"x\"}}}";

        tenant.request().contentType("application/json").body(label.formatted(jobId)).post("/api/v1/labels/verify")
                .then().statusCode(201).body("method", equalTo("POST"));
        Received received = StubVertical.next();
        assertThat(received.pathAndQuery()).isEqualTo("/api/v1/games/labels/verify");
        assertThat(received.body()).contains(jobId);

        tenant.request().contentType("application/json").body(label.formatted(java.util.UUID.randomUUID()))
                .post("/api/v1/labels/verify").then().statusCode(200).body("valid", equalTo(false));
        tenant.request().contentType("application/json").body("{\"content\":\"Hello\"}")
                .post("/api/v1/labels/verify").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body(label.formatted(jobId)).post("/api/v1/labels/verify")
                .then().statusCode(401);
    }

    @Test
    void unauthenticatedRequestsAreNotForwarded() {
        given().get("/api/v1/games/tasks").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "unauthorized"));
        assertThat(StubVertical.nothingReceived()).isTrue();
    }

    @Test
    void unreachableOrUnconfiguredVerticalIsAProblemNotA500() {
        tenant.request().get("/api/v1/marketing/campaigns").then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "upstream-unavailable"));
        tenant.request().get("/api/v1/media/articles").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "vertical-unavailable"));
        tenant.request().get("/api/v1/casino/tables").then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "unknown-vertical"));
    }

    @Test
    void dotSegmentsCannotEscapeTheVerticalsApi() {
        // the HTTP layer resolves the dots first (to /api/q/health): no route, nothing forwarded
        tenant.request().urlEncodingEnabled(false).get("/api/v1/games/%2e%2e/%2e%2e/q/health").then()
                .statusCode(404).contentType("application/problem+json");
        tenant.request().urlEncodingEnabled(false).get("/api/v1/games/a%2fb").then()
                .statusCode(400).body("type", equalTo(PROBLEMS + "invalid-request"));
        assertThat(StubVertical.nothingReceived()).isTrue();
    }

    @Test
    void percentEncodedIdsAreForwardedStillEncoded() {
        // FuzzIT: a decoded "' OR 1=1" made the upstream URI invalid; the request was never answered (504 after 30 s)
        tenant.request().urlEncodingEnabled(false).contentType("application/json").body("{}")
                .post("/api/v1/games/generations/%27%20OR%201%3D1").then().statusCode(201);
        assertThat(StubVertical.next().pathAndQuery()).isEqualTo("/api/v1/games/generations/%27%20OR%201%3D1");
        tenant.request().urlEncodingEnabled(false).get("/api/v1/games/worlds/a%20b%3Fc?x=%20").then().statusCode(200);
        assertThat(StubVertical.next().pathAndQuery()).isEqualTo("/api/v1/games/worlds/a%20b%3Fc?x=%20");
    }

    @Test
    void targetsThatAreNoUriAreBadRequests() {
        for (String bad : List.of("/api/v1/games/generations/' OR 1=1", "/api/v1/games/worlds/a|b",
                "/api/v1/games/worlds/%zz", "/api/v1/games/worlds?q=a b")) {
            assertThatThrownBy(() -> ForwardingResource.validUri(bad)).as(bad).isInstanceOf(ApiException.class);
        }
        assertThat(ForwardingResource.validUri("/api/v1/games/worlds/%27%20OR%201%3D1?q=%20"))
                .isEqualTo("/api/v1/games/worlds/%27%20OR%201%3D1?q=%20");
        assertThat(ForwardingResource.validUri("/api/v1/games/worlds?filter[kind]=1"))
                .isEqualTo("/api/v1/games/worlds?filter%5Bkind%5D=1");
    }

    @Test
    void anUpstreamErrorWithoutAProblemDocumentReachesTheCallerAsOne() {
        tenant.request().header("X-Request-Id", "bare-1").get("/api/v1/games/lore/bare-404").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("status", equalTo(404))
                .body("requestId", equalTo("bare-1"));
    }
}
