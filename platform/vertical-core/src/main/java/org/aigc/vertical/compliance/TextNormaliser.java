package org.aigc.vertical.compliance;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Undoes the common evasions before rules match: full-width and compatibility forms (NFKC: "ＮＯ．１" -> "NO.1",
 * "①" -> "1"), zero-width characters, and spaces inside CJK runs ("最 佳" -> "最佳").
 */
public final class TextNormaliser {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u00AD]");
    private static final Pattern SPACE_IN_CJK = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String visible = INVISIBLE.matcher(nfkc).replaceAll("");
        return SPACE_IN_CJK.matcher(visible).replaceAll("");
    }
}
