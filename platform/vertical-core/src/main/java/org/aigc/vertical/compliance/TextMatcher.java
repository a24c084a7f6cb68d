package org.aigc.vertical.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.text.Span;

/**
 * Case-insensitive term and regex matching with allow-list exceptions, on normalised text. Public for named checks
 * that first decide whether a term list applies (e.g. only for a product category) and then match it.
 */
public final class TextMatcher {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private TextMatcher() {
    }

    /** Occurrences of any term not covered by an allow-list phrase; ASCII words must stand alone. */
    public static List<String> terms(String text, List<String> terms, List<String> allowList) {
        String lower = text.toLowerCase(Locale.ROOT);
        // lower-casing can change lengths for a few scripts; then excerpts come from the lower-cased text
        String source = lower.length() == text.length() ? text : lower;
        return termSpans(text, terms, allowList).stream().map(s -> source.substring(s.start(), s.end())).toList();
    }

    /** Like {@link #terms} but the positions of the matches. */
    public static List<Span> termSpans(String text, List<String> terms, List<String> allowList) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<int[]> allowed = allowedSpans(lower, allowList);
        List<Span> found = new ArrayList<>();
        for (String term : terms) {
            String t = term.toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            for (int i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) {
                int end = i + t.length();
                if (standsAlone(lower, i, end) && !covered(allowed, i, end)) {
                    found.add(new Span(i, end));
                }
            }
        }
        return found;
    }

    public static List<String> regex(String text, String regex, List<String> allowList) {
        return regexSpans(text, regex, allowList).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** Like {@link #regex} but the positions of the matches. */
    public static List<Span> regexSpans(String text, String regex, List<String> allowList) {
        Pattern pattern = compile(regex);
        List<int[]> allowed = allowedSpans(text.toLowerCase(Locale.ROOT), allowList);
        List<Span> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start() && !covered(allowed, m.start(), m.end())) {
                found.add(new Span(m.start(), m.end()));
            }
        }
        return found;
    }

    /** The rule's pattern compiled as rules use it (case-insensitive, Unicode case); throws on a bad pattern. */
    public static Pattern compile(String regex) {
        return PATTERNS.computeIfAbsent(regex,
                r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static List<int[]> allowedSpans(String lower, List<String> allowList) {
        List<int[]> spans = new ArrayList<>();
        for (String phrase : allowList) {
            String p = phrase.toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            for (int i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1)) {
                spans.add(new int[] {i, i + p.length()});
            }
        }
        return spans;
    }

    private static boolean covered(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s[0] <= start && end <= s[1]);
    }

    /** "best" must not match inside "bestseller"; CJK terms have no word boundaries, so they always stand alone. */
    private static boolean standsAlone(String text, int start, int end) {
        boolean wordStart = isAsciiWordChar(text.charAt(start));
        boolean wordEnd = isAsciiWordChar(text.charAt(end - 1));
        boolean before = start > 0 && isAsciiWordChar(text.charAt(start - 1));
        boolean after = end < text.length() && isAsciiWordChar(text.charAt(end));
        return !(wordStart && before) && !(wordEnd && after);
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
