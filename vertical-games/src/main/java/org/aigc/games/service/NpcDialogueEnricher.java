package org.aigc.games.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.games.config.DialogueConfig;
import org.aigc.games.domain.DialogueSession;
import org.aigc.games.domain.DialogueTurn;
import org.aigc.games.domain.GameCharacter;
import org.aigc.games.domain.GameWorld;

/**
 * npc-dialogue: the stored character and its world (or the persona the request carries), and the last N turns of the
 * player's session with the character, oldest first. A session is opened on the player's first line.
 */
@ApplicationScoped
public class NpcDialogueEnricher implements org.aigc.vertical.service.TaskEnricher {

    private final DialogueConfig config;

    NpcDialogueEnricher(DialogueConfig config) {
        this.config = config;
    }

    @Override
    public String task() {
        return "npc-dialogue";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        JsonNode input = request.input();
        Map<String, Object> model = new HashMap<>();
        Long characterId = PromptData.id(input, "characterId");
        if (characterId == null) {
            Map<String, Object> character = new HashMap<>();
            character.put("name", input.path("characterName").asText());
            character.put("persona", input.path("persona").asText());
            character.put("backstory", "");
            character.put("speechStyle", "");
            character.put("knowledgeLimits", "");
            model.put("character", character);
            model.put("world", PromptData.inlineWorld(input.path("worldTitle").asText(null),
                    input.path("ageRating").asText(null)));
            model.put("turns", List.of());
            return model;
        }
        String tenantId = request.tenantId();
        GameCharacter character = GameCharacter.byId(tenantId, characterId)
                .orElseThrow(() -> PromptData.unknown("characterId", "UNKNOWN_CHARACTER", "character"));
        GameWorld world = PromptData.world(tenantId, character.worldId);
        model.put("character", PromptData.character(character));
        model.put("world", PromptData.world(world));
        model.put("turns", memory(tenantId, character, input));
        return model;
    }

    private List<Map<String, String>> memory(String tenantId, GameCharacter character, JsonNode input) {
        DialogueSession session = SessionResolver.resolve(tenantId, character.id, input, true);
        if (session == null) {
            return List.of();
        }
        return DialogueTurn.lastTurns(tenantId, session.id, config.memoryTurns()).stream()
                .map(t -> Map.of("player", t.playerText, "npc", t.npcText)).toList();
    }
}
