package org.aigc.games.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import org.aigc.games.domain.GameCharacter;
import org.aigc.games.domain.GameWorld;
import org.aigc.games.domain.Item;

/**
 * Finds the world a request is about, whichever reference its input carries (worldId, characterId or itemId), so the
 * checks can apply the world's age rating and market.
 */
public final class WorldLookup {

    private WorldLookup() {
    }

    public static Optional<GameWorld> of(String tenantId, JsonNode input) {
        if (input == null) {
            return Optional.empty();
        }
        Long worldId = id(input, "worldId");
        if (worldId == null && id(input, "characterId") != null) {
            worldId = GameCharacter.byId(tenantId, id(input, "characterId")).map(c -> c.worldId).orElse(null);
        }
        if (worldId == null && id(input, "itemId") != null) {
            worldId = Item.byId(tenantId, id(input, "itemId")).map(i -> i.worldId).orElse(null);
        }
        return GameWorld.byId(tenantId, worldId);
    }

    /** The age rating that applies: the world's, else the one the request states, else the default. */
    public static String ageRating(String tenantId, JsonNode input) {
        return of(tenantId, input).map(w -> w.ageRating).orElseGet(() -> input == null
                ? AgeRating.DEFAULT : input.path("ageRating").asText(AgeRating.DEFAULT));
    }

    /** The market (ISO region, upper case) of the request: its {@code market}, else the world locale's region. */
    public static String market(String tenantId, JsonNode input) {
        String market = input == null ? "" : input.path("market").asText("");
        if (!market.isEmpty()) {
            return market.toUpperCase(Locale.ROOT);
        }
        return of(tenantId, input).map(w -> w.locale).map(WorldLookup::region).orElse("");
    }

    static String region(String locale) {
        String[] parts = locale.split("-");
        return parts.length > 1 ? parts[parts.length - 1].toUpperCase(Locale.ROOT) : "";
    }

    static Long id(JsonNode input, String field) {
        JsonNode node = input.get(field);
        return node != null && node.canConvertToLong() ? node.asLong() : null;
    }
}
