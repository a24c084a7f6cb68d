package org.aigc.media.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.TextMatcher;

/**
 * MD-01 on the output: a piece may add no quote, number or news-agency attribution that its source does not contain.
 * Quotes are compared ignoring case, spacing and edge punctuation; numbers ignoring thousands separators, and a
 * number the source spells out ("four stations") counts as present.
 */
@ApplicationScoped
public class SourceFaithfulnessCheck implements NamedCheck {

    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”\\n]{2,400})[\"”]|「([^」]{2,400})」|『([^』]{2,400})』");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    static final List<String> AGENCIES = List.of("新华社", "中新社", "路透社", "美联社", "法新社", "reuters", "associated press",
            "(ap)", "afp", "xinhua", "bloomberg news");
    private static final Map<String, String> NUMBER_WORDS = numberWords();

    @Override
    public String name() {
        return "source-faithfulness";
    }

    @Override
    public List<String> find(String text, ScreeningContext context) {
        String source = SourceText.of(context);
        List<String> found = new ArrayList<>();
        // a JSON answer (headline options) is checked value by value: its own quote marks are syntax, not quotes
        for (String value : JsonStrings.of(text)) {
            found.addAll(find(value, source));
        }
        return found;
    }

    private List<String> find(String text, String source) {
        String sourceKey = key(source);
        List<String> found = new ArrayList<>();
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            String quote = q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3);
            if (substantial(quote) && !sourceKey.contains(key(quote))) {
                found.add(quote);
            }
        }
        Set<String> numbers = numbers(source);
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            if (!numbers.contains(plain(n.group()))) {
                found.add(n.group());
            }
        }
        for (String agency : TextMatcher.terms(text, AGENCIES, List.of())) {
            if (!source.toLowerCase(Locale.ROOT).contains(agency.toLowerCase(Locale.ROOT))) {
                found.add(agency);
            }
        }
        return found;
    }

    /** Scare quotes around a word or two are not quotations. */
    private static boolean substantial(String quote) {
        String q = quote.strip();
        long han = q.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han >= 4 || q.split("\\s+").length >= 3;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}“”‘’「」『』，。！？、：；]", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static Set<String> numbers(String source) {
        Set<String> numbers = new HashSet<>();
        Matcher n = NUMBER.matcher(source);
        while (n.find()) {
            numbers.add(plain(n.group()));
            for (String part : n.group().split("[.,]")) {
                numbers.add(part);
            }
        }
        Matcher w = WORD.matcher(source.toLowerCase(Locale.ROOT));
        while (w.find()) {
            String value = NUMBER_WORDS.get(w.group());
            if (value != null) {
                numbers.add(value);
            }
        }
        return numbers;
    }

    /** "4,000" and "4000" are the same number; "2.5" stays a decimal. */
    private static String plain(String number) {
        return number.matches("\\d{1,3}(,\\d{3})+") ? number.replace(",", "") : number;
    }

    private static Map<String, String> numberWords() {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty"};
        String[] ordinals = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth"};
        Map<String, String> words = new java.util.HashMap<>();
        for (int i = 0; i < units.length; i++) {
            words.put(units[i], String.valueOf(i));
        }
        for (int i = 1; i < ordinals.length; i++) {
            words.put(ordinals[i], String.valueOf(i));
        }
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            words.put(tens[i], String.valueOf((i + 3) * 10));
        }
        words.put("hundred", "100");
        words.put("dozen", "12");
        words.put("half", "50");
        return Map.copyOf(words);
    }
}
