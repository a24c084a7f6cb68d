package org.aigc.games.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.vertical.service.TaskEnricher;

/** world-event: the world the live-ops event runs in. */
@ApplicationScoped
public class WorldEventEnricher implements TaskEnricher {

    @Override
    public String task() {
        return "world-event";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        return Map.of("world", PromptData.world(PromptData.world(request.tenantId(),
                PromptData.id(request.input(), "worldId"))));
    }
}
