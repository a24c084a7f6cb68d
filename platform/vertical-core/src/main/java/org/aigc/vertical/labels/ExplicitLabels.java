package org.aigc.vertical.labels;

import java.util.Locale;

/**
 * The visible label text. GB 45438-2025 asks for "人工智能" or "AI" plus "生成"/"合成"; the EU AI Act Art 50 for a
 * clear disclosure. Chinese locales get the Chinese wording, every other locale English.
 */
public final class ExplicitLabels {

    public static final String ZH = "本内容由人工智能生成";
    public static final String EN = "AI-generated content";

    private ExplicitLabels() {
    }

    public static String forLocale(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }

    /** Text content with its label as the first line. */
    public static String prependTo(String content, String label) {
        return label + "\n\n" + content;
    }

    /** Whether text content carries an explicit label (either language) as its first or last line. */
    public static boolean carriedBy(String content) {
        String c = content == null ? "" : content.strip();
        return c.startsWith(ZH) || c.startsWith(EN) || c.endsWith(ZH) || c.endsWith(EN);
    }

    /** Text content without an explicit label at its start or end (a reviewer's edit may still carry the old one). */
    public static String strip(String content) {
        String c = content.strip();
        for (String label : new String[] {ZH, EN}) {
            if (c.startsWith(label)) {
                c = c.substring(label.length()).strip();
            }
            if (c.endsWith(label)) {
                c = c.substring(0, c.length() - label.length()).strip();
            }
        }
        return c;
    }

    /** Text content with its label as the last line (Labeling Measures Art 4: beginning, end or middle). */
    public static String appendTo(String content, String label) {
        return content + "\n\n" + label;
    }
}
