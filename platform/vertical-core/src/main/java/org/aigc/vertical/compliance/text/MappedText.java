package org.aigc.vertical.compliance.text;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rewritten text that remembers, for every one of its characters, which range of the ORIGINAL text it came from.
 * Rules match on the rewritten (normalised) text; findings and masks are reported on the original through
 * {@link #toOriginal(int, int)}. Every rewrite keeps the mapping to the original, however many steps are chained.
 */
public final class MappedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private MappedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public static MappedText identity(String original) {
        Builder b = new Builder(original, original.length());
        for (int i = 0; i < original.length(); i++) {
            b.append(original.charAt(i), i, i + 1);
        }
        return b.build();
    }

    /** A text produced from {@code original} with the original range of each of its characters. */
    public static MappedText fromRanges(String original, String text, java.util.List<int[]> ranges) {
        Builder b = new Builder(original, text.length());
        for (int i = 0; i < text.length(); i++) {
            b.append(text.charAt(i), ranges.get(i)[0], ranges.get(i)[1]);
        }
        return b.build();
    }

    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    /** The range of the original text that produced {@code text[start, end)}. */
    public Span toOriginal(int start, int end) {
        if (start >= end) {
            int at = start < text.length() ? starts[start] : original.length();
            return new Span(at, at);
        }
        return new Span(starts[start], Math.max(starts[start], ends[end - 1]));
    }

    /** Replaces every match of {@code pattern}; replacement characters map to the whole original range of the match. */
    public MappedText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
        Matcher m = pattern.matcher(text);
        Builder b = new Builder(original, text.length());
        int copied = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            copyRange(b, copied, m.start());
            Span from = toOriginal(m.start(), m.end());
            String with = replacement.apply(m.toMatchResult());
            for (int i = 0; i < with.length(); i++) {
                b.append(with.charAt(i), from.start(), from.end());
            }
            copied = m.end();
        }
        copyRange(b, copied, text.length());
        return b.build();
    }

    /** Maps each character through {@code map}; characters keep their original ranges. */
    public MappedText mapChars(CharMapper map) {
        Builder b = new Builder(original, text.length());
        for (int i = 0; i < text.length(); i++) {
            b.append(map.map(text.charAt(i)), starts[i], ends[i]);
        }
        return b.build();
    }

    /** This text, then {@code separator}, then {@code other} (whose characters map to {@code otherRange}). */
    public MappedText appendMapped(String separator, String other, Span otherRange) {
        Builder b = new Builder(original, text.length() + separator.length() + other.length());
        copyRange(b, 0, text.length());
        for (String part : new String[] {separator, other}) {
            for (int i = 0; i < part.length(); i++) {
                b.append(part.charAt(i), otherRange.start(), otherRange.end());
            }
        }
        return b.build();
    }

    private void copyRange(Builder b, int from, int to) {
        for (int i = from; i < to; i++) {
            b.append(text.charAt(i), starts[i], ends[i]);
        }
    }

    /** A per-character rewrite that keeps the text's length. */
    @FunctionalInterface
    public interface CharMapper {
        char map(char c);
    }

    /** Builds a mapped text character by character. */
    static final class Builder {
        private final String original;
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Builder(String original, int capacity) {
            this.original = original;
            this.text = new StringBuilder(capacity);
            this.starts = new int[Math.max(16, capacity)];
            this.ends = new int[Math.max(16, capacity)];
        }

        int length() {
            return text.length();
        }

        void append(char c, int originalStart, int originalEnd) {
            int i = text.length();
            if (i == starts.length) {
                starts = java.util.Arrays.copyOf(starts, i * 2);
                ends = java.util.Arrays.copyOf(ends, i * 2);
            }
            text.append(c);
            starts[i] = originalStart;
            ends[i] = originalEnd;
        }

        MappedText build() {
            int n = text.length();
            return new MappedText(original, text.toString(), java.util.Arrays.copyOf(starts, n),
                    java.util.Arrays.copyOf(ends, n));
        }
    }
}
