package org.aigc.games.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/**
 * GM-01: in the PRC, minors may play only Fridays, weekends and public holidays, 20:00-21:00 (NPPA 2021). An event for
 * players including minors whose play window lies outside that hour is refused before any copy is written.
 */
@ApplicationScoped
public class MinorPlayWindowCheck implements NamedCheck {

    static final Set<String> ALLOWED_DAYS = Set.of("fri", "sat", "sun", "holiday");

    @Override
    public String name() {
        return "minor-play-window";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        JsonNode input = context.input();
        if (input == null || !input.path("includesMinors").asBoolean(false)
                || !"CN".equals(WorldLookup.market(context.tenantId(), input))) {
            return List.of();
        }
        JsonNode window = input.path("playWindow");
        if (window.isMissingNode()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        window.path("days").forEach(d -> {
            if (!ALLOWED_DAYS.contains(d.asText())) {
                found.add("day " + d.asText());
            }
        });
        int start = window.path("startHour").asInt(20);
        int end = window.path("endHour").asInt(21);
        if (start < 20 || end > 21) {
            found.add("hours " + start + ":00-" + end + ":00");
        }
        return found;
    }
}
