package org.aigc.games;

import static org.aigc.games.GamesData.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "games"))
class GamesResourceTest {

    @Test
    void aTenantManagesWorldsCharactersQuestsAndItems() {
        String tenant = "t-" + UUID.randomUUID();
        long world = GamesData.world(tenant, "Emberfall", "PEGI-12", "en-GB");
        as(tenant).body("{\"title\":\"Emberfall II\",\"ageRating\":\"ESRB-T\",\"locale\":\"en-US\"}")
                .put("/api/v1/games/worlds/" + world).then().statusCode(200)
                .body("title", equalTo("Emberfall II")).body("ageRating", equalTo("ESRB-T"))
                .body("tenantId", equalTo(null));
        long character = GamesData.character(tenant, world, "Mara");
        as(tenant).get("/api/v1/games/characters?worldId=" + world).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].name", equalTo("Mara"));
        long item = GamesData.item(tenant, world, "Ember Chest", true);
        as(tenant).get("/api/v1/games/items/" + item).then().statusCode(200)
                .body("paidRandom", equalTo(true)).body("price", equalTo(6.0f));
        long quest = as(tenant).body("""
                {"worldId": %d, "title": "The Cold Forge", "hook": "The forge went dark.", "levelMin": 3,
                 "levelMax": 6, "body": {"objectives": ["Relight the forge"]}}""".formatted(world))
                .post("/api/v1/games/quests").then().statusCode(201)
                .body("body.objectives[0]", equalTo("Relight the forge")).extract().jsonPath().getLong("id");
        as(tenant).get("/api/v1/games/quests?size=5").then().statusCode(200).body("$", hasSize(1));

        as(tenant).delete("/api/v1/games/quests/" + quest).then().statusCode(204);
        as(tenant).get("/api/v1/games/quests/" + quest).then().statusCode(404)
                .contentType("application/problem+json");
        as(tenant).delete("/api/v1/games/worlds/" + world).then().statusCode(204);
        as(tenant).get("/api/v1/games/characters/" + character).then().statusCode(404);
        as(tenant).get("/api/v1/games/items/" + item).then().statusCode(404);
    }

    @Test
    void aTenantNeverSeesOrTouchesAnotherTenantsData() {
        String owner = "t-" + UUID.randomUUID();
        String other = "t-" + UUID.randomUUID();
        long world = GamesData.world(owner, "Secret World", "PEGI-16", "en");
        long character = GamesData.character(owner, world, "Hidden");

        as(other).get("/api/v1/games/worlds/" + world).then().statusCode(404);
        as(other).get("/api/v1/games/worlds").then().statusCode(200).body("$", hasSize(0));
        as(other).get("/api/v1/games/characters").then().statusCode(200).body("$", hasSize(0));
        as(other).body("{\"title\":\"Stolen\",\"ageRating\":\"PEGI-3\"}").put("/api/v1/games/worlds/" + world)
                .then().statusCode(404);
        as(other).delete("/api/v1/games/characters/" + character).then().statusCode(404);
        // another tenant's world cannot be referenced either
        as(other).body("{\"worldId\": %d, \"name\": \"Spy\", \"persona\": \"p\"}".formatted(world))
                .post("/api/v1/games/characters").then().statusCode(400);
        as(other).body("{\"characterId\": %d, \"playerId\": \"p1\"}".formatted(character))
                .post("/api/v1/games/sessions").then().statusCode(400);
        as(owner).get("/api/v1/games/characters/" + character).then().statusCode(200);
    }

    @Test
    void sessionsOpenOncePerPlayerAndCanBeReset() {
        String tenant = "t-" + UUID.randomUUID();
        long character = GamesData.character(tenant, GamesData.world(tenant, "W", "PEGI-7", "en"), "Mara");
        String body = "{\"characterId\": %d, \"playerId\": \"player-1\"}".formatted(character);
        long session = as(tenant).body(body).post("/api/v1/games/sessions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(tenant).body(body).post("/api/v1/games/sessions").then().statusCode(200)
                .body("id", equalTo((int) session));
        as(tenant).get("/api/v1/games/sessions/" + session + "/turns").then().statusCode(200).body("$", hasSize(0));
        as(tenant).post("/api/v1/games/sessions/" + session + "/reset").then().statusCode(204);
        as(tenant).post("/api/v1/games/sessions/999999/reset").then().statusCode(404);
        as(tenant).delete("/api/v1/games/sessions/" + session).then().statusCode(204);
    }

    @Test
    void badInputGetsAProblemDocument() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).body("{\"ageRating\":\"PEGI-12\"}").post("/api/v1/games/worlds").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("title"))
                .body("type", equalTo("https://aigc.dev/problems/invalid-request"));
        as(tenant).body("{\"title\":\"x\",\"ageRating\":\"ADULTS\"}").post("/api/v1/games/worlds").then()
                .statusCode(400).body("detail", startsWith("ageRating"));
        as(tenant).body("{\"title\":\"%s\",\"ageRating\":\"PEGI-3\"}".formatted("x".repeat(121)))
                .post("/api/v1/games/worlds").then().statusCode(400);
        long world = GamesData.world(tenant, "W", "PEGI-12", "en");
        as(tenant).body("{\"worldId\": %d, \"name\": \"Chest\", \"kind\": \"loot-box\", \"paidRandom\": true}"
                .formatted(world)).post("/api/v1/games/items").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("GM-03"));
        as(tenant).body("{\"worldId\": %d, \"title\": \"Q\", \"levelMin\": 5, \"levelMax\": 2}".formatted(world))
                .post("/api/v1/games/quests").then().statusCode(400);
        as(tenant).get("/api/v1/games/worlds?size=1000").then().statusCode(400);
        given().get("/api/v1/games/worlds").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void demoDataIsSeededOncePerTenant() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).post("/api/v1/games/demo-data").then().statusCode(201).body("seeded", equalTo(true));
        as(tenant).post("/api/v1/games/demo-data").then().statusCode(200).body("seeded", equalTo(false));
        as(tenant).get("/api/v1/games/worlds").then().statusCode(200).body("$", hasSize(1));
        as(tenant).get("/api/v1/games/characters").then().statusCode(200).body("$", hasSize(2));
        as(tenant).get("/api/v1/games/items").then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    void gm10TheSteamDisclosureNamesLiveGenerationAndItsGuardrails() {
        as("t-" + UUID.randomUUID()).get("/api/v1/games/ai-disclosure").then().statusCode(200)
                .body("tasks.find { it.task == 'npc-dialogue' }.category", equalTo("live-generated"))
                .body("tasks.find { it.task == 'quest' }.category", equalTo("pre-generated"))
                .body("liveGuardrails.ruleId", org.hamcrest.Matchers.hasItems("GM-06", "GM-07", "PI-01"))
                .body("liveGuardrails.ruleId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("GM-01")));
    }
}
