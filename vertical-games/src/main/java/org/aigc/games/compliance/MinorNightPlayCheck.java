package org.aigc.games.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * GM-01 on the copy: event text for players including minors may not encourage playing through the night or around
 * the clock (the NPPA 2021 notice allows minors one evening hour on Fridays, weekends and holidays).
 */
@ApplicationScoped
public class MinorNightPlayCheck implements NamedCheck {

    static final List<String> TERMS = List.of("play all night", "all-night", "all night long", "around the clock",
            "24/7", "stay up late", "no bedtime", "通宵", "熬夜", "彻夜", "24小时不停", "玩个通宵");

    @Override
    public String name() {
        return "minor-night-play";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        boolean minors = context.input() != null && context.input().path("includesMinors").asBoolean(false);
        return minors ? TextMatcher.terms(normalisedText, TERMS, List.of()) : List.of();
    }
}
