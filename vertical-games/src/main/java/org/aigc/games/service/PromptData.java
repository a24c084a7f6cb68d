package org.aigc.games.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.FieldError;
import org.aigc.games.compliance.AgeRating;
import org.aigc.games.domain.GameCharacter;
import org.aigc.games.domain.GameWorld;
import org.aigc.games.domain.Item;
import org.aigc.vertical.service.EnrichmentException;

/**
 * The games data as prompt-template values. Absent texts become empty strings, so templates test them with
 * {@code {#if}} instead of failing on null.
 */
final class PromptData {

    private PromptData() {
    }

    static Map<String, Object> world(GameWorld w) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", w.title);
        m.put("lore", nz(w.lore));
        m.put("tone", nz(w.tone));
        m.put("ageRating", w.ageRating);
        m.put("locale", nz(w.locale));
        return m;
    }

    /** A world described only by the request (inline mode of npc-dialogue). */
    static Map<String, Object> inlineWorld(String title, String ageRating) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title == null || title.isBlank() ? "a fantasy role-playing game" : title);
        m.put("lore", "");
        m.put("tone", "");
        m.put("ageRating", ageRating == null || ageRating.isBlank() ? AgeRating.DEFAULT : ageRating);
        m.put("locale", "");
        return m;
    }

    static Map<String, Object> character(GameCharacter c) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", c.name);
        m.put("persona", c.persona);
        m.put("backstory", nz(c.backstory));
        m.put("speechStyle", nz(c.speechStyle));
        m.put("knowledgeLimits", nz(c.knowledgeLimits));
        return m;
    }

    static Map<String, Object> item(Item i) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", i.name);
        m.put("kind", i.kind);
        m.put("rarity", i.rarity);
        m.put("notes", nz(i.notes));
        m.put("price", i.price == null ? "" : i.price.toPlainString());
        m.put("paidRandom", i.paidRandom);
        m.put("oddsUrl", nz(i.oddsUrl));
        return m;
    }

    static GameWorld world(String tenantId, Long worldId) {
        return GameWorld.byId(tenantId, worldId).orElseThrow(() -> unknown("worldId", "UNKNOWN_WORLD", "world"));
    }

    static EnrichmentException unknown(String field, String code, String what) {
        return new EnrichmentException(code, "no " + what + " with this " + field + " for your tenant",
                List.of(new FieldError(field, "no " + what + " with this id")));
    }

    static Long id(com.fasterxml.jackson.databind.JsonNode input, String field) {
        com.fasterxml.jackson.databind.JsonNode node = input.get(field);
        return node != null && node.canConvertToLong() ? node.asLong() : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
