package org.aigc.vertical.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aigc.vertical.compliance.text.MappedText;
import org.aigc.vertical.compliance.text.ScreenedText;
import org.aigc.vertical.compliance.text.Span;

/**
 * Where one rule matches a screened text: original span -> original excerpt, in text order. Term lists match the
 * light form (as written in the rule) and the canonical form (terms canonicalised, catching "NO.1", "b3st", look-alike
 * letters); regexes and named checks see the light form.
 */
final class RuleMatcher {

    /**
     * One match: its span in the original text and the original excerpt. The span is null for findings about the
     * whole text (ALWAYS rules, checks that describe rather than quote).
     */
    record Match(Span span, String excerpt) {
    }

    private RuleMatcher() {
    }

    /** The matches, or null when the rule names a check that is not registered. */
    static List<Match> matches(Rule rule, ScreenedText text, Map<String, NamedCheck> checks,
            ScreeningContext context) {
        Map<Span, String> found = new LinkedHashMap<>();
        MappedText light = text.light();
        switch (rule.kind()) {
            case TERMS -> {
                MappedText lower = light.mapChars(Character::toLowerCase);
                add(found, text, lower, TextMatcher.termSpans(lower.text(), rule.terms(), rule.allowList()));
                add(found, text, text.canonical(), TextMatcher.termSpans(text.canonical().text(),
                        canonical(rule.terms()), canonical(rule.allowList())));
            }
            case REGEX -> add(found, text, light, TextMatcher.regexSpans(light.text(), rule.pattern(),
                    rule.allowList()));
            case ALWAYS -> {
                return List.of(new Match(null, ""));
            }
            case CHECK -> {
                NamedCheck check = checks.get(rule.pattern());
                if (check == null) {
                    return null;
                }
                List<Match> described = new java.util.ArrayList<>();
                for (NamedCheck.Hit hit : check.hits(light.text(), context)) {
                    if (hit.span() == null) {
                        described.add(new Match(null, hit.excerpt()));
                    } else {
                        add(found, text, light, List.of(hit.span()));
                    }
                }
                List<Match> all = new java.util.ArrayList<>(sorted(found));
                all.addAll(described);
                return all;
            }
        }
        return sorted(found);
    }

    private static void add(Map<Span, String> found, ScreenedText text, MappedText view, List<Span> spans) {
        for (Span s : spans) {
            Span original = view.toOriginal(s.start(), s.end());
            if (original.end() > original.start()) {
                found.putIfAbsent(original, text.excerpt(original));
            }
        }
    }

    private static List<String> canonical(List<String> phrases) {
        return phrases.stream().map(TextNormaliser::canonicalTerm).filter(p -> !p.isBlank()).toList();
    }

    private static List<Match> sorted(Map<Span, String> found) {
        return found.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<Span, String> e) -> e.getKey().start())
                        .thenComparingInt(e -> e.getKey().end()))
                .map(e -> new Match(e.getKey(), e.getValue())).toList();
    }
}
