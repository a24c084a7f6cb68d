package org.aigc.vertical.compliance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aigc.contracts.Json;
import org.aigc.vertical.domain.ComplianceRule;

/**
 * Screens text with the vertical's rules (rows of {@code compliance_rule}) and its named checks (CDI beans
 * implementing {@link NamedCheck}). Rules are read per screening, so an edited rule applies to the next request.
 */
@ApplicationScoped
public class ComplianceEngine {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final RuleEvaluator evaluator;
    private final java.util.Set<String> checkNames;

    ComplianceEngine(Instance<NamedCheck> checks) {
        // an industry module's check overrides a core detector of the same name
        Map<String, NamedCheck> byName = checks.stream()
                .collect(Collectors.toMap(NamedCheck::name, Function.identity(), (a, b) -> isCore(a) ? b : a));
        this.evaluator = new RuleEvaluator(byName);
        this.checkNames = java.util.Set.copyOf(byName.keySet());
    }

    private static boolean isCore(NamedCheck check) {
        return check.getClass().getName().startsWith("org.aigc.vertical.");
    }

    /** The names of the named checks this service has (what a CHECK rule may name). */
    public java.util.Set<String> checkNames() {
        return checkNames;
    }

    /** Screens with the given rules instead of the table's (rule tests, previews). */
    public Screening screen(List<Rule> rules, String text, ScreeningContext context) {
        return evaluator.evaluate(rules, text, context);
    }

    public Screening screen(Stage stage, String text, ScreeningContext context) {
        List<Rule> rules = ComplianceRule.enabledFor(stage.name()).stream().map(ComplianceEngine::toRule).toList();
        return evaluator.evaluate(rules, text, context);
    }

    /** Screens every string of a JSON input as one text (fields joined by newlines). */
    public Screening screenInput(JsonNode input, ScreeningContext context) {
        return screen(Stage.INPUT, String.join("\n", strings(input)), context);
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> collect(child, out));
        }
    }

    public static Rule toRule(ComplianceRule row) {
        return new Rule(row.id, Stage.valueOf(row.stage), RuleKind.valueOf(row.kind), row.pattern,
                list(row.terms), list(row.allowList), Action.valueOf(row.action), row.replacement, row.message,
                row.source, row.locale, row.tasks == null ? null : list(row.tasks), row.sensitive, row.keepLast);
    }

    public static List<String> list(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return Json.MAPPER.convertValue(Json.tree(json), STRINGS);
    }
}
