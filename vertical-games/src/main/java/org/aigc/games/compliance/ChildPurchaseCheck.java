package org.aigc.games.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * GM-11: copy for an audience with children (an event flagged {@code includesMinors}, or a world rated for under-13s)
 * may not tell them to buy or to get their parents to buy.
 */
@ApplicationScoped
public class ChildPurchaseCheck implements NamedCheck {

    static final String EXHORTATION = "\\bbuy\\b[^.!?\\n]{0,40}\\bnow\\b|\\bget yours (?:now|today)\\b"
            + "|\\bask your (?:parents|mum|mom|dad)\\b|立即购买|马上购买|快去买|快买|赶紧买|让爸爸妈妈|叫爸妈|让爸妈";

    @Override
    public String name() {
        return "child-purchase-exhortation";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        boolean minors = context.input() != null && context.input().path("includesMinors").asBoolean(false);
        boolean childRating = AgeRating.minAge(WorldLookup.ageRating(context.tenantId(), context.input())) < 13;
        return minors || childRating ? TextMatcher.regex(normalisedText, EXHORTATION, List.of()) : List.of();
    }
}
