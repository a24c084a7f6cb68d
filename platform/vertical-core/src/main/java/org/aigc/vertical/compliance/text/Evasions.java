package org.aigc.vertical.compliance.text;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The canonical form for term matching: English and symbol substitutes of ordinal claims ("NO.1", "TOP 1", "#1",
 * "number one", "第1"/"第①" -> "第一"), pinyin "zui" before Chinese (-> "最"), Cyrillic and Greek look-alikes of
 * Latin letters, and leetspeak digits inside words ("b3st" -> "best"). Text is lower-cased and "l" folded into "i",
 * because "1" stands for either; terms go through the same function, so both sides agree.
 */
public final class Evasions {

    private static final String FIRST = "第一";
    private static final Pattern ORDINAL_ONE = Pattern.compile(
            "(?<![\\p{Alnum}])(?:no|nr|number|top)\\s*[.#:°º]?\\s*1(?![\\d]|[.,]\\d)"
                    + "|#\\s*1(?![\\d]|[.,]\\d)|(?<![\\p{Alnum}])number\\s+one(?![\\p{Alnum}])|第\\s*1(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PINYIN_ZUI = Pattern.compile("(?<![a-z])zui(?=\\p{IsHan})", Pattern.CASE_INSENSITIVE);
    /** A word mixing ASCII letters with digits or @/$ (pure numbers are left alone). */
    private static final Pattern LEET_WORD = Pattern.compile(
            "(?=[a-z0-9@$]*[a-z])(?=[a-z0-9@$]*[0-9@$])[a-z0-9@$]+", Pattern.CASE_INSENSITIVE);
    private static final Map<Character, Character> LEET = Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's',
            '7', 't', '8', 'b', '@', 'a', '$', 's');
    private static final Map<Character, Character> LOOK_ALIKES = lookAlikes();

    private Evasions() {
    }

    public static MappedText apply(MappedText light) {
        return light.replaceAll(ORDINAL_ONE, m -> FIRST)
                .replaceAll(PINYIN_ZUI, m -> "最")
                .mapChars(Evasions::fold)
                .replaceAll(LEET_WORD, m -> leet(m.group()));
    }

    private static char fold(char c) {
        char latin = LOOK_ALIKES.getOrDefault(c, c);
        char lower = Character.toLowerCase(latin);
        return lower == 'l' ? 'i' : lower;
    }

    private static String leet(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            out.append(LEET.getOrDefault(c, c));
        }
        return out.toString();
    }

    private static Map<Character, Character> lookAlikes() {
        String from = "аАвВеЕкКмМнНоОрРсСтТуУхХіІјЈѕЅԁһӏ" + "αΑβΒεΕηΗιΙκΚμΜνΝοΟρΡτΤυΥχΧζΖ";
        String to = "aAbBeEkKmMhHoOpPcCtTyYxXiIjJsSdhl" + "aAbBeEhHiIkKmMvNoOpPtTuYxXzZ";
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to.charAt(i));
        }
        return Map.copyOf(map);
    }
}
