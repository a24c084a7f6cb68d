package org.aigc.vertical.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.contracts.Finding;
import org.aigc.vertical.compliance.text.Span;

/**
 * The outcome of screening one text: every finding, the strongest action, and the amendments to apply.
 *
 * @param replacements matched excerpt (of the original text) -> mask, from AMEND rules
 * @param appendices   texts to append, from APPEND rules
 * @param spans        for each finding, where its excerpt is in the original text (null for findings of the whole
 *                     text, such as ALWAYS rules)
 * @param text         the screened text, or null
 */
public record Screening(List<Finding> findings, Optional<Action> strongest, List<Replacement> replacements,
        List<String> appendices, List<Span> spans, String text) {

    /** A mask for one match; {@code span} is its position in the screened text (null: mask every occurrence). */
    public record Replacement(String excerpt, String mask, Span span) {

        public Replacement(String excerpt, String mask) {
            this(excerpt, mask, null);
        }
    }

    /** A screening without positions (the original shape of this record). */
    public Screening(List<Finding> findings, Optional<Action> strongest, List<Replacement> replacements,
            List<String> appendices) {
        this(findings, strongest, replacements, appendices, java.util.Collections.nCopies(findings.size(), null),
                null);
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

    /** Masks the amended excerpts and appends the required texts. */
    public String amend(String text) {
        return append(mask(text));
    }

    /**
     * Masks the amended excerpts. On the screened text itself the masks go exactly where the matches were (an evasion
     * such as "最\u200B佳" is masked as written); on another text (one field of a screened JSON input) every
     * occurrence of an excerpt is masked.
     */
    public String mask(String text) {
        if (replacements.isEmpty()) {
            return text;
        }
        if (text != null && text.equals(this.text)) {
            return maskSpans(text);
        }
        String result = text;
        for (Replacement r : replacements) {
            if (r.excerpt().isEmpty()) {
                continue;
            }
            Pattern p = Pattern.compile(Pattern.quote(r.excerpt()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            result = p.matcher(result).replaceAll(Matcher.quoteReplacement(r.mask()));
        }
        return result;
    }

    private String maskSpans(String text) {
        List<Replacement> placed = new ArrayList<>();
        replacements.stream().filter(r -> r.span() != null && r.span().end() > r.span().start())
                .sorted(Comparator.comparingInt((Replacement r) -> r.span().start())
                        .thenComparing(r -> -r.span().end()))
                .forEach(r -> {
                    if (placed.isEmpty() || !placed.get(placed.size() - 1).span().overlaps(r.span())) {
                        placed.add(r);
                    }
                });
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Replacement r : placed) {
            out.append(text, copied, r.span().start()).append(r.mask());
            copied = r.span().end();
        }
        return out.append(text, copied, text.length()).toString();
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
