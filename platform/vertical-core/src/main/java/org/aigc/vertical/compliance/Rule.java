package org.aigc.vertical.compliance;

import java.util.List;

/**
 * A compliance rule as the evaluator sees it, independent of storage.
 *
 * @param pattern     the regex (REGEX) or the check's name (CHECK)
 * @param replacement the mask for AMEND (may contain {@code {kept}}, the characters {@code keepLast} keeps), the
 *                    text for APPEND
 * @param locale      null for every locale, else a prefix of the output locale ({@code zh}, {@code en})
 * @param tasks       null for every task, else the tasks the rule applies to
 * @param sensitive   the excerpt is personal data and is masked in findings
 * @param keepLast    for AMEND: how many trailing letters/digits the mask keeps (at most 4, and never more than half);
 *                    null keeps nothing
 */
public record Rule(String id, Stage stage, RuleKind kind, String pattern, List<String> terms, List<String> allowList,
        Action action, String replacement, String message, String source, String locale, List<String> tasks,
        boolean sensitive, Integer keepLast) {

    public Rule {
        terms = terms == null ? List.of() : List.copyOf(terms);
        allowList = allowList == null ? List.of() : List.copyOf(allowList);
        tasks = tasks == null ? null : List.copyOf(tasks);
    }

    /** A rule without a keep-last mask (the original shape of this record). */
    public Rule(String id, Stage stage, RuleKind kind, String pattern, List<String> terms, List<String> allowList,
            Action action, String replacement, String message, String source, String locale, List<String> tasks,
            boolean sensitive) {
        this(id, stage, kind, pattern, terms, allowList, action, replacement, message, source, locale, tasks,
                sensitive, null);
    }

    /** A context without a task (the dry-run endpoint when none is given) is screened by every task's rules. */
    public boolean appliesTo(ScreeningContext context) {
        boolean taskMatches = tasks == null || context.task() == null || tasks.contains(context.task());
        boolean localeMatches = locale == null || locale.isBlank()
                || context.locale().toLowerCase().startsWith(locale.toLowerCase());
        return taskMatches && localeMatches;
    }
}
