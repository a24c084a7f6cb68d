package org.aigc.games.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * GM-07: content descriptors (gore, sexual content, drugs, gambling, strong language) checked against the world's
 * declared rating. A descriptor is allowed from the youngest rating that may carry it (PEGI/ESRB descriptor practice:
 * gambling and sex at 18, gore, drug use and strong language at 16).
 */
@ApplicationScoped
public class AgeRatingContentCheck implements NamedCheck {

    record Descriptor(String name, int minAge, List<String> terms) {
    }

    static final List<Descriptor> DESCRIPTORS = List.of(
            new Descriptor("gore", 16, List.of("gore", "gory", "dismember", "dismembered", "decapitated",
                    "decapitate", "entrails", "blood-soaked", "pools of blood", "血腥", "肢解", "斩首", "血肉模糊")),
            new Descriptor("sexual content", 18, List.of("sex", "sexual", "naked", "nude", "erotic", "色情", "裸体",
                    "性爱", "做爱")),
            new Descriptor("drugs", 16, List.of("get high", "snort", "opium", "narcotics", "drug deal", "吸毒", "嗑药",
                    "鸦片")),
            new Descriptor("gambling", 18, List.of("place your bets", "roulette", "blackjack", "slot machine",
                    "poker", "赌博", "赌场", "老虎机", "轮盘", "押注")),
            new Descriptor("strong language", 16, List.of("fuck", "fucking", "shit", "bitch", "motherfucker",
                    "他妈的", "操你", "混蛋")));

    @Override
    public String name() {
        return "age-rating-content";
    }

    @Override
    public List<String> find(String normalisedText, ScreeningContext context) {
        int age = AgeRating.minAge(WorldLookup.ageRating(context.tenantId(), context.input()));
        return exceeding(normalisedText, age);
    }

    static List<String> exceeding(String text, int ratingAge) {
        List<String> found = new ArrayList<>();
        for (Descriptor d : DESCRIPTORS) {
            if (ratingAge < d.minAge()) {
                found.addAll(TextMatcher.terms(text, d.terms(), List.of()));
            }
        }
        return found;
    }
}
