package org.aigc.games.compliance;

import java.util.List;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.TextMatcher;

/** How copy talks about paid random items, and what counts as disclosing their odds (GM-03, GM-04). */
final class LootBoxTerms {

    static final List<String> TERMS = List.of("loot box", "loot boxes", "lootbox", "gacha", "mystery box",
            "mystery boxes", "random draw", "boosted chance", "increased drop rate", "rate up", "rate-up",
            "抽卡", "扭蛋", "盲盒", "抽奖", "宝箱", "概率提升", "爆率提升", "十连抽", "卡池");

    /** A percentage, a "1 in N" or a link next to the word odds/probability counts as disclosed odds. */
    private static final Pattern ODDS = Pattern.compile("\\d+(?:\\.\\d+)?\\s*%|\\b1\\s*(?:in|/)\\s*\\d+"
            + "|(?:odds|drop rates?|probabilit(?:y|ies)|概率)[^\\n]{0,60}https?://\\S+|概率公示",
            Pattern.CASE_INSENSITIVE);

    private LootBoxTerms() {
    }

    static List<String> mentions(String text) {
        return TextMatcher.terms(text, TERMS, List.of());
    }

    static boolean disclosesOdds(String text, String oddsUrl) {
        return ODDS.matcher(text).find() || (oddsUrl != null && !oddsUrl.isBlank() && text.contains(oddsUrl));
    }
}
