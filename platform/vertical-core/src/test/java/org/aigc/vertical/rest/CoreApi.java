package org.aigc.vertical.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to the core's API of the test service (vertical {@code games}) as the gateway would send them. */
final class CoreApi {

    static final String BASE = "/api/v1/games";

    private CoreApi() {
    }

    static RequestSpecification as(String tenant) {
        return given().header(TenantHeader.NAME, tenant).header(Problems.USER_HEADER, "alice@" + tenant)
                .contentType(ContentType.JSON);
    }

    static String check(String stage, String text, String contextJson) {
        return "{\"stage\": \"" + stage + "\", \"text\": " + org.aigc.contracts.Json.write(text)
                + (contextJson == null ? "" : ", \"context\": " + contextJson) + "}";
    }
}
