package org.aigc.finance.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FN-04, periods: a product's trailing-period performance ("3-year annualised return of 8.2%", "近三年年化收益8.2%",
 * "since inception 9% a year") must be shown for the 1-, 5- and 10-year periods, a period the product has not existed
 * for being replaced by its since-inception figure (SEC Rule 206(4)-1(d)(2): "or the life of the portfolio, if
 * shorter"). Calendar-year tables ("2023: 6.2%"), yields ("10-year yield 2.4%") and horizons without a figure are
 * not trailing-period performance and are left alone.
 */
final class PerformancePeriods {

    private static final String N = "(?:\\d{1,2}|one|three|five|ten)";
    private static final String ZH_N = "(?:\\d{1,2}|一|二|两|三|五|十)";
    private static final String PCT = "-?\\d+(?:\\.\\d+)?\\s?%";

    /** A trailing-period performance figure: the period tied to a return word and a percentage. */
    private static final Pattern TRAILING = Pattern.compile(
            "\\b" + N + "[- ]year (?:annuali[sz]ed |average annual |cumulative |total |trailing )?(?:net |gross )?"
                    + "(?:return|performance)s?\\b[^.%;]{0,40}?" + PCT
                    + "|" + PCT + "[^.;]{0,40}?\\b(?:over|for) (?:the )?(?:past|last) " + N + " years?\\b"
                    + "|\\b(?:over|for|in) (?:the )?(?:past|last) " + N + " years?\\b[^.%;]{0,40}?" + PCT
                    + "|\\bsince inception\\b[^.%;]{0,40}?" + PCT
                    + "|近" + ZH_N + "年(?:年化)?(?:收益率?|回报率?|业绩)[^。%；]{0,20}?" + PCT
                    + "|成立以来(?:年化)?(?:收益率?|回报率?|业绩)?[^。%；]{0,20}?" + PCT,
            Pattern.CASE_INSENSITIVE);

    /** Periods named anywhere in the text: "5-year", "5 years", "past year", 近五年, and lists "1-, 5- and 10-year". */
    private static final Pattern PERIOD = Pattern.compile("\\b(" + N + ")(?:-year|[- ]years?\\b)|\\b(?:past|last|one) "
            + "year\\b|近(" + ZH_N + ")年|\\b(\\d{1,2})-(?=,|\\s*(?:and|or|&|/))", Pattern.CASE_INSENSITIVE);

    private static final Pattern SINCE_INCEPTION = Pattern.compile("\\bsince inception\\b|成立以来",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> WORDS = Map.of("one", 1, "three", 3, "five", 5, "ten", 10, "一", 1,
            "二", 2, "两", 2, "三", 3, "五", 5, "十", 10);

    static final int[] REQUIRED = {1, 5, 10};

    private PerformancePeriods() {
    }

    /**
     * What is wrong with the text's periods: empty when it shows no trailing-period figure or shows all it must.
     *
     * @param historyYears how many years of history the product has, or -1 when unknown (no since-inception relief)
     */
    static List<String> problems(String text, int historyYears) {
        Matcher trailing = TRAILING.matcher(text);
        if (!trailing.find()) {
            return List.of();
        }
        Set<Integer> shown = periods(text);
        boolean inception = SINCE_INCEPTION.matcher(text).find();
        List<String> missing = new ArrayList<>();
        for (int years : REQUIRED) {
            boolean replaced = inception && historyYears >= 0 && historyYears < years;
            if (!shown.contains(years) && !replaced) {
                missing.add(years + "-year");
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(trailing.group() + " (1-, 5- and 10-year periods required; missing: "
                + String.join(", ", missing) + ")");
    }

    static Set<Integer> periods(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            found.add(n == null ? 1 : number(n));
        }
        return found;
    }

    private static int number(String n) {
        Integer word = WORDS.get(n.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(n);
    }
}
