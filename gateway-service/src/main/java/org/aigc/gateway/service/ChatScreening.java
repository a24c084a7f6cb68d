package org.aigc.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generic checks of direct model use (the industry services run their own, richer rule sets): payment card
 * numbers (Luhn-checked) and e-mail addresses are redacted, in the prompt and in the answer; prompts that try to
 * override instructions are refused. Deliberately simple and conservative.
 */
public final class ChatScreening {

    /** What a check found; {@code kind} is e.g. {@code pii.card}, {@code pii.email}, {@code injection}. */
    public record Finding(String kind, String detail) {
    }

    /** Text after redaction, and what was found in it. */
    public record Screened(String text, List<Finding> findings) {
        public boolean injection() {
            return findings.stream().anyMatch(f -> f.kind().equals("injection"));
        }
    }

    private static final Pattern CARD = Pattern.compile("(?<!\\d)(?:\\d[ -]?){12,18}\\d(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final List<Pattern> INJECTION = List.of(
            Pattern.compile("(ignore|disregard|forget)\\s+(all\\s+|any\\s+)?(the\\s+)?(previous|prior|above|earlier)"
                    + "\\s+(instructions|prompts?|rules)"),
            Pattern.compile("(reveal|print|show|repeat)\\s+(me\\s+)?(your|the)\\s+(system\\s+prompt|hidden\\s+instructions)"),
            Pattern.compile("忽略(之前|以上|前面)的?(所有)?(指令|指示|提示)"));

    private ChatScreening() {
    }

    public static Screened screen(String text) {
        List<Finding> findings = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern pattern : INJECTION) {
            if (pattern.matcher(lower).find()) {
                findings.add(new Finding("injection", "attempt to override the instructions"));
            }
        }
        String redacted = redactCards(text, findings);
        Matcher emails = EMAIL.matcher(redacted);
        if (emails.find()) {
            findings.add(new Finding("pii.email", "e-mail address redacted"));
            redacted = emails.replaceAll("[REDACTED EMAIL]");
        }
        return new Screened(redacted, findings);
    }

    private static String redactCards(String text, List<Finding> findings) {
        Matcher matcher = CARD.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("[ -]", "");
            if (luhn(digits)) {
                matcher.appendReplacement(out, "[REDACTED CARD]");
                found = true;
            }
        }
        matcher.appendTail(out);
        if (found) {
            findings.add(new Finding("pii.card", "payment card number redacted"));
        }
        return out.toString();
    }

    static boolean luhn(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
