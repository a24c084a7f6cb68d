package org.aigc.vertical.compliance;

import java.util.List;

/**
 * A compliance rule as the evaluator sees it, independent of storage.
 *
 * @param pattern     the regex (REGEX) or the check's name (CHECK)
 * @param replacement the mask for AMEND, the text for APPEND
 * @param locale      null for every locale, else a prefix of the output locale ({@code zh}, {@code en})
 * @param tasks       null for every task, else the tasks the rule applies to
 * @param sensitive   the excerpt is personal data and is masked in findings
 */
public record Rule(String id, Stage stage, RuleKind kind, String pattern, List<String> terms, List<String> allowList,
        Action action, String replacement, String message, String source, String locale, List<String> tasks,
        boolean sensitive) {

    public Rule {
        terms = terms == null ? List.of() : List.copyOf(terms);
        allowList = allowList == null ? List.of() : List.copyOf(allowList);
        tasks = tasks == null ? null : List.copyOf(tasks);
    }

    public boolean appliesTo(ScreeningContext context) {
        boolean taskMatches = tasks == null || tasks.contains(context.task());
        boolean localeMatches = locale == null || locale.isBlank()
                || context.locale().toLowerCase().startsWith(locale.toLowerCase());
        return taskMatches && localeMatches;
    }
}
