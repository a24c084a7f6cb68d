package org.aigc.games;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small builders that store games data through the REST API, as a studio's tools would. */
final class GamesData {

    private GamesData() {
    }

    static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    static long world(String tenant, String title, String ageRating, String locale) {
        return as(tenant).body("""
                {"title": "%s", "lore": "A realm of ember-lit mountains and dwarven forges.", "tone": "warm, wry",
                 "ageRating": "%s", "locale": "%s"}""".formatted(title, ageRating, locale))
                .post("/api/v1/games/worlds").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long character(String tenant, long worldId, String name) {
        return as(tenant).body("""
                {"worldId": %d, "name": "%s", "persona": "gruff dwarven blacksmith who loves her forge",
                 "speechStyle": "short sentences, forge metaphors", "knowledgeLimits": "anything beyond the mountains"}"""
                .formatted(worldId, name))
                .post("/api/v1/games/characters").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long item(String tenant, long worldId, String name, boolean paidRandom) {
        String odds = paidRandom ? ", \"price\": 6.00, \"oddsUrl\": \"https://play.example/odds/ember-chest\"" : "";
        return as(tenant).body("""
                {"worldId": %d, "name": "%s", "kind": "%s", "rarity": "rare", "paidRandom": %s%s}"""
                .formatted(worldId, name, paidRandom ? "loot-box" : "weapon", paidRandom, odds))
                .post("/api/v1/games/items").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
