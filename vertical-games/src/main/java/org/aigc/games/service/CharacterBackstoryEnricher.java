package org.aigc.games.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.games.domain.GameCharacter;
import org.aigc.vertical.service.TaskEnricher;

/** character-backstory: the stored character (persona, speech style, what it knows) and its world. */
@ApplicationScoped
public class CharacterBackstoryEnricher implements TaskEnricher {

    @Override
    public String task() {
        return "character-backstory";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        GameCharacter character = GameCharacter.byId(request.tenantId(),
                PromptData.id(request.input(), "characterId"))
                .orElseThrow(() -> PromptData.unknown("characterId", "UNKNOWN_CHARACTER", "character"));
        return Map.of("character", PromptData.character(character),
                "world", PromptData.world(PromptData.world(request.tenantId(), character.worldId)));
    }
}
