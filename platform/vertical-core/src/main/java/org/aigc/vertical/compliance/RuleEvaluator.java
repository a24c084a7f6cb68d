package org.aigc.vertical.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aigc.contracts.Finding;
import org.aigc.vertical.compliance.text.ScreenedText;
import org.aigc.vertical.compliance.text.Span;

/**
 * Applies rules to one text. Pure: the rules and the named checks come in, a {@link Screening} comes out. Rules match
 * the normalised views of the text ({@link ScreenedText}); findings quote, and masks replace, the original text.
 */
public final class RuleEvaluator {

    static final String DEFAULT_MASK = Masks.DEFAULT_MASK;

    private final Map<String, NamedCheck> checks;

    public RuleEvaluator(Map<String, NamedCheck> checks) {
        this.checks = Map.copyOf(checks);
    }

    public Screening evaluate(List<Rule> rules, String text, ScreeningContext context) {
        ScreenedText screened = ScreenedText.of(text);
        List<Finding> findings = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<Screening.Replacement> replacements = new ArrayList<>();
        List<String> appendices = new ArrayList<>();
        Action strongest = null;
        for (Rule rule : rules) {
            if (!rule.appliesTo(context)) {
                continue;
            }
            Action action = rule.action();
            List<RuleMatcher.Match> matches = RuleMatcher.matches(rule, screened, checks, context);
            if (matches == null) {
                // fail closed: a rule naming a check this service does not have must not pass text silently
                findings.add(new Finding(rule.id(), Action.BLOCK.name(),
                        "named check '" + rule.pattern() + "' is not available in this service", rule.source(), ""));
                spans.add(null);
                strongest = Action.BLOCK.strongerThan(strongest) ? Action.BLOCK : strongest;
                continue;
            }
            // one finding per distinct excerpt (its first position); every position is amended
            Map<String, Span> firstByExcerpt = new LinkedHashMap<>();
            matches.forEach(m -> firstByExcerpt.putIfAbsent(m.excerpt(), m.span()));
            for (Map.Entry<String, Span> hit : firstByExcerpt.entrySet()) {
                String excerpt = hit.getKey();
                findings.add(new Finding(rule.id(), action.name(), rule.message(), rule.source(),
                        rule.sensitive() ? maskExcerpt(excerpt) : excerpt));
                spans.add(hit.getValue());
                if (action == Action.APPEND && rule.replacement() != null && !appendices.contains(rule.replacement())) {
                    appendices.add(rule.replacement());
                }
                strongest = action.strongerThan(strongest) ? action : strongest;
            }
            if (action == Action.AMEND) {
                matches.stream().filter(m -> !m.excerpt().isEmpty()).forEach(m -> replacements.add(
                        new Screening.Replacement(m.excerpt(), Masks.mask(m.excerpt(), rule.replacement(),
                                rule.keepLast()), m.span())));
            }
        }
        return new Screening(List.copyOf(findings), Optional.ofNullable(strongest), List.copyOf(replacements),
                List.copyOf(appendices), java.util.Collections.unmodifiableList(spans), screened.original());
    }

    /**
     * Keeps the last two characters, so an auditor can tell findings apart without reading the personal data; a short
     * excerpt (a CVV with its label, a PIN) is masked whole, since two characters would be most of the value.
     */
    static String maskExcerpt(String excerpt) {
        if (excerpt.length() < 8) {
            return "*".repeat(excerpt.length());
        }
        return "*".repeat(excerpt.length() - 2) + excerpt.substring(excerpt.length() - 2);
    }
}
