package org.aigc.health.phi;

import static org.aigc.health.phi.PhiPatterns.*;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Safe Harbor identifiers in a text (HC-01). Pure and deterministic: the named checks, the de-identifier of
 * stored notes and the gate before the model call all use it, so they agree on what an identifier is. Where two finds
 * overlap the longer wins (an e-mail address that contains a surname is one e-mail address).
 */
public final class PhiDetector {

    /** Capitalised words that follow "Patient:" and the like but are not names. */
    private static final Set<String> NOT_NAMES = Set.of("reports", "presents", "denies", "states", "complains", "is",
            "was", "has", "had", "the", "a", "an", "and", "with", "without", "who", "here", "today", "male", "female",
            "seen", "returns", "arrives", "came", "comes", "notes", "information", "education", "summary", "history",
            "mr", "mrs", "ms", "dr", "none", "unknown", "not", "no", "yes", "age", "aged", "adult", "child", "reported",
            "tolerated", "alert", "oriented", "stable", "feels", "feeling", "describes", "agrees", "understands");

    private PhiDetector() {
    }

    public static List<PhiMatch> detect(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<PhiMatch> found = new ArrayList<>();
        names(text, found);
        geography(text, found);
        dates(text, found);
        contacts(text, found);
        numbers(text, found);
        nameRepeats(text, found);
        return resolve(found);
    }

    private static void names(String text, List<PhiMatch> out) {
        for (Pattern p : List.of(LABELLED_NAME, HONORIFIC_NAME, NAME_BEFORE_AGE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int[] span = trimmedName(text, m.start(1), m.end(1));
                if (span != null) {
                    add(out, PhiKind.NAME, text, span[0], span[1], PhiKind.NAME.token());
                }
            }
        }
        groups(text, CHINESE_NAME, PhiKind.NAME, out);
        groups(text, EMPLOYER, PhiKind.NAME, out);
    }

    /** Drops the words after a name that are clinical verbs ("Patient: John Reports ..."); null when none is left. */
    private static int[] trimmedName(String text, int start, int end) {
        String[] words = text.substring(start, end).split("\\s+");
        int kept = 0;
        while (kept < words.length && !NOT_NAMES.contains(words[kept].replace(".", "").toLowerCase(Locale.ROOT))) {
            kept++;
        }
        if (kept == 0) {
            return null;
        }
        int length = String.join(" ", java.util.Arrays.copyOf(words, kept)).length();
        return new int[] {start, start + length};
    }

    /** Every other occurrence of a found name's words ("Mr. Smith" later on, "Smith's"). */
    private static void nameRepeats(String text, List<PhiMatch> out) {
        List<String> words = out.stream().filter(m -> m.kind() == PhiKind.NAME)
                .flatMap(m -> List.of(m.text().split("\\s+")).stream())
                .filter(w -> w.length() >= 3 && Character.isUpperCase(w.charAt(0))).distinct().toList();
        for (String word : words) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
            while (m.find()) {
                add(out, PhiKind.NAME, text, m.start(), m.end(), PhiKind.NAME.token());
            }
        }
    }

    private static void geography(String text, List<PhiMatch> out) {
        whole(text, STREET, PhiKind.ADDRESS, out);
        groups(text, CITY_STATE, PhiKind.ADDRESS, out);
        groups(text, LIVES_IN, PhiKind.ADDRESS, out);
        whole(text, COUNTY, PhiKind.ADDRESS, out);
        whole(text, CHINESE_ADDRESS, PhiKind.ADDRESS, out);
        Matcher m = ZIP.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            add(out, PhiKind.ZIP, text, m.start(g), m.end(g), Zip3.generalise(m.group(g)) + "XX");
        }
    }

    private static void dates(String text, List<PhiMatch> out) {
        Matcher words = DATE_WORDS.matcher(text);
        while (words.find()) {
            int g = words.group(1) != null ? 1 : words.group(3) != null ? 3 : 5;
            add(out, PhiKind.DATE, text, words.start(g), words.end(g), PhiKind.DATE.token());
        }
        Matcher numeric = DATE_NUMERIC.matcher(text);
        while (numeric.find()) {
            int g = numeric.group(1) != null ? 1 : 4;
            add(out, PhiKind.DATE, text, numeric.start(g), numeric.end(g), PhiKind.DATE.token());
        }
        groups(text, DATE_KEYED, PhiKind.DATE, out);
        Matcher chinese = DATE_CHINESE.matcher(text);
        while (chinese.find()) {
            add(out, PhiKind.DATE, text, chinese.start(2), chinese.end(2), PhiKind.DATE.token());
        }
        whole(text, AGE, PhiKind.AGE, out);
        Matcher born = BIRTH_YEAR.matcher(text);
        int oldest = Year.now().getValue() - 90;
        while (born.find()) {
            if (Integer.parseInt(born.group(1)) <= oldest) {
                add(out, PhiKind.AGE, text, born.start(1), born.end(1), PhiKind.AGE.token());
            }
        }
    }

    private static void contacts(String text, List<PhiMatch> out) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 24), m.start());
            PhiKind kind = FAX_LABEL.matcher(before).find() ? PhiKind.FAX : PhiKind.PHONE;
            add(out, kind, text, m.start(), m.end(), kind.token());
        }
        whole(text, EMAIL, PhiKind.EMAIL, out);
        whole(text, URL, PhiKind.URL, out);
        whole(text, IP, PhiKind.IP, out);
    }

    private static void numbers(String text, List<PhiMatch> out) {
        groups(text, SSN, PhiKind.SSN, out);
        groups(text, MRN, PhiKind.MRN, out);
        groups(text, HEALTH_PLAN, PhiKind.HEALTH_PLAN, out);
        groups(text, ACCOUNT, PhiKind.ACCOUNT, out);
        groups(text, LICENCE, PhiKind.LICENCE, out);
        groups(text, VEHICLE, PhiKind.VEHICLE, out);
        groups(text, DEVICE, PhiKind.DEVICE, out);
        groups(text, OTHER_ID, PhiKind.OTHER_ID, out);
    }

    /** The first group that matched, or the whole match when the pattern has no group for the identifier. */
    private static void groups(String text, Pattern pattern, PhiKind kind, List<PhiMatch> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int g = 0;
            for (int i = 1; i <= m.groupCount(); i++) {
                if (m.group(i) != null) {
                    g = i;
                    break;
                }
            }
            add(out, kind, text, m.start(g), m.end(g), kind.token());
        }
    }

    private static void whole(String text, Pattern pattern, PhiKind kind, List<PhiMatch> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            add(out, kind, text, m.start(), m.end(), kind.token());
        }
    }

    private static void add(List<PhiMatch> out, PhiKind kind, String text, int start, int end, String replacement) {
        if (end > start) {
            out.add(new PhiMatch(kind, start, end, text.substring(start, end), replacement));
        }
    }

    /** Longest first (ties: the more specific kind), then no overlaps; returned in text order. */
    private static List<PhiMatch> resolve(List<PhiMatch> found) {
        List<PhiMatch> kept = new ArrayList<>();
        found.stream().sorted(Comparator.comparingInt(PhiMatch::length).reversed()
                .thenComparingInt(m -> m.kind().ordinal())).forEach(m -> {
                    if (kept.stream().noneMatch(m::overlaps)) {
                        kept.add(m);
                    }
                });
        kept.sort(Comparator.comparingInt(PhiMatch::start));
        return List.copyOf(kept);
    }
}
