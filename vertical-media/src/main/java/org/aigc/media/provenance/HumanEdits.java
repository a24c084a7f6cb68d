package org.aigc.media.provenance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How much of a published piece is the editor's own work, measured in words against the model's draft: the longest
 * common subsequence of words is what the editor kept; the rest of the published text is what they wrote.
 *
 * @param draftWords     words in the model's draft
 * @param publishedWords words in the published text
 * @param keptWords      draft words kept, in order
 * @param humanShare     share of the published words written by the human (0 to 1, three decimals)
 * @param selection      1-based number of the draft's option the editor chose, when the piece is one of several
 *                       options the model offered (headlines), else null
 * @param options        how many options the draft offered (1 when it is a single text)
 */
public record HumanEdits(int draftWords, int publishedWords, int keptWords, double humanShare, Integer selection,
        int options) {

    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern OPTION_NUMBER = Pattern.compile("^\\s*(?:\\d+[.)]|[-*•])\\s*");
    /** Above this many words on either side the LCS table would be too large; the measure falls back to the ends. */
    private static final int MAX_WORDS = 4_000;

    public static HumanEdits between(String draft, String published) {
        List<String> before = words(draft);
        List<String> after = words(published);
        int kept = before.size() <= MAX_WORDS && after.size() <= MAX_WORDS ? lcs(before, after)
                : commonEnds(before, after);
        double share = after.isEmpty() ? 0 : Math.round((after.size() - kept) * 1000.0 / after.size()) / 1000.0;
        List<String> options = draft.lines().map(line -> OPTION_NUMBER.matcher(line).replaceFirst("").strip())
                .filter(line -> !line.isEmpty()).toList();
        Integer selection = null;
        if (options.size() > 1) {
            int index = options.indexOf(published.strip());
            selection = index < 0 ? null : index + 1;
        }
        return new HumanEdits(before.size(), after.size(), kept, share, selection, Math.max(1, options.size()));
    }

    private static List<String> words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? List.of() : List.of(WORDS.split(trimmed));
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String word : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static int commonEnds(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        return prefix + suffix;
    }
}
