package org.aigc.games.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** quest: the world (lore, tone, age rating) the quest is set in. */
@ApplicationScoped
public class QuestEnricher implements TaskEnricher {

    @Override
    public String task() {
        return "quest";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        return Map.of("world", PromptData.world(PromptData.world(request.tenantId(),
                PromptData.id(request.input(), "worldId"))));
    }
}
