package org.aigc.vertical.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.aigc.vertical.compliance.Action;
import org.aigc.vertical.compliance.RuleKind;
import org.aigc.vertical.compliance.Stage;
import org.aigc.vertical.compliance.TextMatcher;

/** What makes a rule usable: known enums, a compiling regex, an existing named check, a text to append. */
final class RuleValidator {

    static final String ID = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";
    static final int MAX_PATTERN = 2000;

    private RuleValidator() {
    }

    /** The problems of a rule; empty when it can be stored. */
    static List<String> problems(RuleView r, Set<String> checkNames) {
        List<String> problems = new ArrayList<>();
        if (r.id() == null || !r.id().matches(ID)) {
            problems.add("id must match " + ID);
        }
        if (!oneOf(r.stage(), Stage.values())) {
            problems.add("stage must be INPUT or OUTPUT");
        }
        if (!oneOf(r.action(), Action.values())) {
            problems.add("action must be one of BLOCK, REVIEW, AMEND, APPEND, FLAG");
        }
        if (blank(r.message()) || blank(r.source())) {
            problems.add("message and source are required (every rule cites its source)");
        }
        if (r.keepLast() != null && (r.keepLast() < 0 || r.keepLast() > 4)) {
            problems.add("keepLast must be between 0 and 4");
        }
        if (r.retentionDays() != null && r.retentionDays() < 1) {
            problems.add("retentionDays must be at least 1");
        }
        if ("APPEND".equalsIgnoreCase(r.action()) && blank(r.replacement())) {
            problems.add("an APPEND rule needs the text to append in replacement");
        }
        if (!oneOf(r.kind(), RuleKind.values())) {
            problems.add("kind must be one of TERMS, REGEX, CHECK, ALWAYS");
            return problems;
        }
        switch (RuleKind.valueOf(r.kind().toUpperCase(Locale.ROOT))) {
            case TERMS -> {
                if (r.terms() == null || r.terms().stream().allMatch(RuleValidator::blank)) {
                    problems.add("a TERMS rule needs at least one term");
                }
            }
            case REGEX -> regexProblem(r.pattern()).ifPresent(problems::add);
            case CHECK -> {
                if (r.pattern() == null || !checkNames.contains(r.pattern())) {
                    problems.add("a CHECK rule's pattern must name a check of this service: " + checkNames);
                }
            }
            case ALWAYS -> {
            }
        }
        return problems;
    }

    private static java.util.Optional<String> regexProblem(String pattern) {
        if (blank(pattern) || pattern.length() > MAX_PATTERN) {
            return java.util.Optional.of("a REGEX rule needs a pattern of at most " + MAX_PATTERN + " characters");
        }
        try {
            TextMatcher.compile(pattern);
            return java.util.Optional.empty();
        } catch (PatternSyntaxException e) {
            return java.util.Optional.of("pattern does not compile: " + e.getDescription());
        }
    }

    private static boolean oneOf(String value, Enum<?>[] values) {
        return value != null && java.util.Arrays.stream(values).anyMatch(v -> v.name().equalsIgnoreCase(value));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
