package org.aigc.games.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aigc.contracts.GenerationRequested;
import org.aigc.games.domain.Item;
import org.aigc.vertical.service.TaskEnricher;

/** item-description: the stored item (with its odds page if it is a paid random item) and its world. */
@ApplicationScoped
public class ItemDescriptionEnricher implements TaskEnricher {

    @Override
    public String task() {
        return "item-description";
    }

    @Override
    public Map<String, Object> enrich(GenerationRequested request) {
        Item item = Item.byId(request.tenantId(), PromptData.id(request.input(), "itemId"))
                .orElseThrow(() -> PromptData.unknown("itemId", "UNKNOWN_ITEM", "item"));
        return Map.of("item", PromptData.item(item),
                "world", PromptData.world(PromptData.world(request.tenantId(), item.worldId)));
    }
}
