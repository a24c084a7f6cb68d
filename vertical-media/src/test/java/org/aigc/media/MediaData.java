package org.aigc.media;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small builders that store media data through the REST API, as a newsroom's tools would. */
final class MediaData {

    static final String SOURCE = "The city council voted 7-2 on Tuesday to extend the riverside tram line by four "
            + "stations. \\\"This line will carry 12,000 people a day,\\\" said transport chief Ana Ruiz. "
            + "Construction is due to start next spring and cost 48.5 million euros.";

    private MediaData() {
    }

    static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    static long outlet(String tenant, String name) {
        return as(tenant).body("""
                {"name": "%s", "styleGuide": "Sentence-case headlines. Numbers as digits.", "locale": "en-GB"}"""
                .formatted(name)).post("/api/v1/media/outlets").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static long document(String tenant, Long outletId, String title, String body) {
        return as(tenant).body("""
                {"outletId": %s, "title": "%s", "body": "%s", "origin": "council press office"}"""
                .formatted(outletId, title, body)).post("/api/v1/media/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
