package org.aigc.vertical.compliance;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.text.Evasions;
import org.aigc.vertical.compliance.text.MappedText;

/**
 * Undoes the common evasions before rules match. The light form ({@link #normalise}, {@link #mapped}) applies NFKC
 * (full-width and compatibility forms: "ＮＯ．１" -> "NO.1", "①" -> "1"), removes zero-width and bidi control
 * characters and removes whitespace inside CJK runs ("最 佳" -> "最佳"). The canonical form ({@link #canonical})
 * additionally maps evasions ("NO.1", "TOP1", "第1" -> "第一"), look-alike letters and leetspeak; term rules match it
 * with their terms canonicalised the same way. Both forms keep a map to the original text.
 */
public final class TextNormaliser {

    /** Zero-width characters, bidi controls, soft hyphen, BOM, variation selectors and the grapheme joiner. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F"
                    + "\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0]");
    private static final Pattern SPACE_IN_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])\\s+"
                    + "(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])");

    private TextNormaliser() {
    }

    /** The light normal form as a string. */
    public static String normalise(String text) {
        return mapped(text).text();
    }

    /** The light normal form with its map to {@code text}. */
    public static MappedText mapped(String text) {
        MappedText nfkc = nfkc(text == null ? "" : text);
        return nfkc.replaceAll(INVISIBLE, m -> "").replaceAll(SPACE_IN_CJK, m -> "");
    }

    /** The canonical form of an already light-normalised text, for term matching. */
    public static MappedText canonical(MappedText light) {
        return Evasions.apply(light);
    }

    /** A term or allow-list phrase in the canonical form, so it compares with {@link #canonical} text. */
    public static String canonicalTerm(String term) {
        return canonical(mapped(term)).text();
    }

    /**
     * NFKC applied per base character with its combining marks, so each output character maps to the original
     * characters it came from (NFKC of the whole string could compose across such groups only).
     */
    private static MappedText nfkc(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            return MappedText.identity(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        java.util.List<int[]> ranges = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            while (end < text.length() && isCombining(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String n = Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC);
            for (int k = 0; k < n.length(); k++) {
                out.append(n.charAt(k));
                ranges.add(new int[] {i, end});
            }
            i = end;
        }
        return MappedText.fromRanges(text, out.toString(), ranges);
    }

    private static boolean isCombining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
