package org.aigc.games.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Map;
import org.aigc.games.domain.GameCharacter;
import org.aigc.games.domain.GameWorld;
import org.aigc.games.domain.Item;
import org.aigc.games.domain.Quest;
import org.aigc.vertical.rest.TenantHeader;

/**
 * A small realistic data set for the caller's tenant (a demo world with two characters, a quest and two items), so a
 * fresh demo tenant can try every task. Idempotent: a tenant that already has worlds gets 200 and nothing new.
 * {@code ./aigc up} can call it through the gateway with the demo key.
 */
@Path("/api/v1/games/demo-data")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    @POST
    @Transactional
    public Response seed(@HeaderParam(TenantHeader.NAME) String tenant) {
        String tenantId = TenantHeader.require(tenant);
        if (GameWorld.count("tenantId", tenantId) > 0) {
            return Response.ok(Map.of("seeded", false)).build();
        }
        GameWorld world = new GameWorld();
        world.tenantId = tenantId;
        world.title = "Emberfall";
        world.lore = "A mountain realm of dwarven forges, ember-lit mines and a frozen northern pass.";
        world.tone = "warm, wry, adventurous";
        world.ageRating = "PEGI-12";
        world.locale = "en-GB";
        world.persist();
        GameCharacter smith = character(world, "Mara the Smith", "Gruff dwarven blacksmith who loves her forge and "
                + "distrusts merchants.", "Short sentences, forge metaphors.", "Anything beyond the mountains.");
        character(world, "Old Tobin", "Retired miner who tells tall tales at the Ember Inn.",
                "Rambling, warm, fond of the word 'lad'.", "Modern technology; events after the mine collapsed.");
        Quest quest = new Quest();
        quest.tenantId = tenantId;
        quest.worldId = world.id;
        quest.title = "The Cold Forge";
        quest.hook = "Mara's forge went dark overnight and the coal stores are soaked.";
        quest.levelMin = 3;
        quest.levelMax = 6;
        quest.body = "{\"objectives\": [\"Find out who doused the forge\"]}";
        quest.persist();
        item(world, "Ember Blade", "weapon", "rare", null, false, null);
        item(world, "Ember Chest", "loot-box", "epic", new BigDecimal("6.00"), true,
                "https://play.example/odds/ember-chest");
        return Response.status(201).entity(Map.of("seeded", true, "worldId", world.id, "characterId", smith.id))
                .build();
    }

    private static GameCharacter character(GameWorld world, String name, String persona, String style,
            String limits) {
        GameCharacter c = new GameCharacter();
        c.tenantId = world.tenantId;
        c.worldId = world.id;
        c.name = name;
        c.persona = persona;
        c.speechStyle = style;
        c.knowledgeLimits = limits;
        c.persist();
        return c;
    }

    private static void item(GameWorld world, String name, String kind, String rarity, BigDecimal price,
            boolean paidRandom, String oddsUrl) {
        Item i = new Item();
        i.tenantId = world.tenantId;
        i.worldId = world.id;
        i.name = name;
        i.kind = kind;
        i.rarity = rarity;
        i.price = price;
        i.paidRandom = paidRandom;
        i.oddsUrl = oddsUrl;
        i.persist();
    }
}
