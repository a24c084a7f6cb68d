package org.aigc.health.service;

import java.util.Map;

/** What each reading level of the task schemas means for the writer (US school grades, as readability tools score). */
public final class ReadingLevel {

    static final Map<String, String> GUIDANCE = Map.of(
            "grade-5", "US grade 5: sentences of at most 12 words, everyday words only, explain any medical word in"
                    + " plain words, one idea per sentence, short bulleted steps.",
            "grade-8", "US grade 8: sentences of at most 18 words, common words, medical terms only with a short"
                    + " explanation.",
            "grade-12", "US grade 12: clear adult prose; medical terms allowed when explained once.");

    private ReadingLevel() {
    }

    public static Map<String, Object> of(String level) {
        String key = GUIDANCE.containsKey(level) ? level : "grade-8";
        return Map.of("name", key, "guidance", GUIDANCE.get(key));
    }
}
