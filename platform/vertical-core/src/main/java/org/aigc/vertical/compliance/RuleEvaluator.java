package org.aigc.vertical.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aigc.contracts.Finding;

/** Applies rules to one text. Pure: the rules and the named checks come in, a {@link Screening} comes out. */
public final class RuleEvaluator {

    static final String DEFAULT_MASK = "***";

    private final Map<String, NamedCheck> checks;

    public RuleEvaluator(Map<String, NamedCheck> checks) {
        this.checks = Map.copyOf(checks);
    }

    public Screening evaluate(List<Rule> rules, String text, ScreeningContext context) {
        String normalised = TextNormaliser.normalise(text);
        List<Finding> findings = new ArrayList<>();
        List<Screening.Replacement> replacements = new ArrayList<>();
        List<String> appendices = new ArrayList<>();
        Action strongest = null;
        for (Rule rule : rules) {
            if (!rule.appliesTo(context)) {
                continue;
            }
            Action action = rule.action();
            List<String> excerpts = matches(rule, normalised, context);
            if (excerpts == null) {
                // fail closed: a rule naming a check this service does not have must not pass text silently
                findings.add(new Finding(rule.id(), Action.BLOCK.name(),
                        "named check '" + rule.pattern() + "' is not available in this service", rule.source(), ""));
                strongest = Action.BLOCK.strongerThan(strongest) ? Action.BLOCK : strongest;
                continue;
            }
            for (String excerpt : excerpts.stream().distinct().toList()) {
                findings.add(new Finding(rule.id(), action.name(), rule.message(), rule.source(),
                        rule.sensitive() ? maskExcerpt(excerpt) : excerpt));
                if (action == Action.AMEND && !excerpt.isEmpty()) {
                    replacements.add(new Screening.Replacement(excerpt,
                            rule.replacement() == null ? DEFAULT_MASK : rule.replacement()));
                }
                if (action == Action.APPEND && rule.replacement() != null && !appendices.contains(rule.replacement())) {
                    appendices.add(rule.replacement());
                }
                strongest = action.strongerThan(strongest) ? action : strongest;
            }
        }
        return new Screening(List.copyOf(findings), Optional.ofNullable(strongest), List.copyOf(replacements),
                List.copyOf(appendices));
    }

    /** The rule's matches, or null when it names a check that is not registered. */
    private List<String> matches(Rule rule, String normalised, ScreeningContext context) {
        return switch (rule.kind()) {
            case TERMS -> TextMatcher.terms(normalised, rule.terms(), rule.allowList());
            case REGEX -> TextMatcher.regex(normalised, rule.pattern(), rule.allowList());
            case ALWAYS -> List.of("");
            case CHECK -> {
                NamedCheck check = checks.get(rule.pattern());
                yield check == null ? null : check.find(normalised, context);
            }
        };
    }

    /** Keeps the last two characters, so an auditor can tell findings apart without reading the personal data. */
    static String maskExcerpt(String excerpt) {
        if (excerpt.length() <= 2) {
            return "*".repeat(excerpt.length());
        }
        return "*".repeat(excerpt.length() - 2) + excerpt.substring(excerpt.length() - 2);
    }
}
