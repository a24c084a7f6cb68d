package org.aigc.marketing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small builders that store marketing data through the REST API, as an agency's tools would. */
final class MarketingData {

    private MarketingData() {
    }

    static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    /** A brand; {@code extra} adds JSON members (markets, trademarks, banned words...). */
    static long brand(String tenant, String name, String extra) {
        return as(tenant).body("""
                {"name": "%s", "voiceGuide": "Calm, precise, never shouty.", "audience": "urban tea lovers"%s}"""
                .formatted(name, extra)).post("/api/v1/marketing/brands").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A campaign of the brand; {@code extra} adds JSON members (category, minors, sponsored...). */
    static long campaign(String tenant, long brand, String channel, String extra) {
        return as(tenant).body("""
                {"brandId": %d, "name": "Spring launch", "product": "Cold-brew jasmine tea",
                 "brief": "Launch the cold-brew jasmine tea for warm spring afternoons.", "channel": "%s"%s}"""
                .formatted(brand, channel, extra)).post("/api/v1/marketing/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
