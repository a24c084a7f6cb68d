package org.aigc.vertical.compliance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.contracts.Finding;

/**
 * The outcome of screening one text: every finding, the strongest action, and the amendments to apply.
 *
 * @param replacements matched excerpt -> mask, from AMEND rules
 * @param appendices   texts to append, from APPEND rules
 */
public record Screening(List<Finding> findings, Optional<Action> strongest, List<Replacement> replacements,
        List<String> appendices) {

    public record Replacement(String excerpt, String mask) {
    }

    public static Screening clean() {
        return new Screening(List.of(), Optional.empty(), List.of(), List.of());
    }

    public boolean blocked() {
        return strongest.filter(a -> a == Action.BLOCK).isPresent();
    }

    public boolean needsReview() {
        return findings.stream().anyMatch(f -> Action.REVIEW.name().equals(f.action()));
    }

    /** Masks the amended excerpts (case-insensitively) and appends the required texts. */
    public String amend(String text) {
        return append(mask(text));
    }

    /**
     * Masks the amended excerpts. An excerpt found only after normalisation (an evasion such as "最\u200B佳") is masked
     * in the normalised text, which then replaces the original.
     */
    public String mask(String text) {
        String result = text;
        for (Replacement r : replacements) {
            Pattern p = Pattern.compile(Pattern.quote(r.excerpt()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (!p.matcher(result).find()) {
                result = TextNormaliser.normalise(result);
            }
            result = p.matcher(result).replaceAll(Matcher.quoteReplacement(r.mask()));
        }
        return result;
    }

    public String append(String text) {
        StringBuilder out = new StringBuilder(text);
        for (String appendix : appendices) {
            if (!text.contains(appendix)) {
                out.append("\n\n").append(appendix);
            }
        }
        return out.toString();
    }
}
