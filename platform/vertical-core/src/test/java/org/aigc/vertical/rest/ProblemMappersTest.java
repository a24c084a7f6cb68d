package org.aigc.vertical.rest;

import static org.aigc.vertical.rest.CoreApi.BASE;
import static org.aigc.vertical.rest.CoreApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

/** Errors the resources do not raise themselves are RFC 9457 problem documents too, never bare statuses or 500s. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class ProblemMappersTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("https://aigc.dev/problems/" + type)).body("status", equalTo(status))
                .body("title", notNullValue());
    }

    @Test
    void unknownPathWrongMethodAndUnsupportedMediaTypeAreProblems() {
        problem(as("t1").get(BASE + "/no-such-thing").then(), 404, "not-found");
        problem(as("t1").put(BASE + "/tasks").then(), 405, "method-not-allowed");
        problem(as("t1").contentType("text/plain").body("hello").post(BASE + "/compliance/check").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void aBodyWithADuplicateKeyIsInvalidJsonNotA500() {
        problem(as("admin").body("{\"id\":\"X-DUP\",\"id\":{\"nested\":1},\"stage\":\"INPUT\"}")
                .post(BASE + "/admin/rules").then(), 400, "invalid-request")
                .body("detail", containsString("Duplicate field"));
    }

    @Test
    void aBodyOfTheWrongShapeIsInvalidJson() {
        problem(as("admin").body("[1,2]").post(BASE + "/admin/rules").then(), 400, "invalid-request");
        problem(as("admin").body("{\"stage\":{\"a\":1}}").post(BASE + "/admin/rules").then(), 400,
                "invalid-request");
    }

    /** PostgreSQL refuses a NUL character in text: the caller's value, so a 400, not a 500. */
    @Test
    void aValueTheDatabaseCannotStoreIsInvalidNotA500() {
        // sent as written: RestAssured would otherwise encode the % itself
        problem(as("admin").urlEncodingEnabled(false).get(BASE + "/admin/rules/a%00b/versions").then(), 400,
                "invalid-request");
        problem(as("admin").urlEncodingEnabled(false).get(BASE + "/admin/rules/a%00b").then(), 400,
                "invalid-request");
    }
}
