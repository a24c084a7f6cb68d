package org.aigc.vertical.prompt;

import java.util.List;
import java.util.Optional;
import org.aigc.vertical.domain.PromptTemplate;

/**
 * Picks one of a task's active template versions by weight (A/B split). The pick hashes the request id, so a
 * redelivered request gets the same version.
 */
public final class TemplateSelector {

    private TemplateSelector() {
    }

    public static Optional<PromptTemplate> pick(List<PromptTemplate> active, String requestId) {
        List<PromptTemplate> weighted = active.stream().filter(t -> t.weight > 0).toList();
        if (weighted.isEmpty()) {
            return active.stream().reduce((a, b) -> b);
        }
        int total = weighted.stream().mapToInt(t -> t.weight).sum();
        int slot = Math.floorMod(requestId.hashCode(), total);
        for (PromptTemplate t : weighted) {
            slot -= t.weight;
            if (slot < 0) {
                return Optional.of(t);
            }
        }
        return Optional.of(weighted.get(weighted.size() - 1));
    }
}
