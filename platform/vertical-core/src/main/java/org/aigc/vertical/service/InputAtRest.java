package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.Finding;
import org.aigc.vertical.compliance.Action;
import org.aigc.vertical.compliance.ComplianceEngine;
import org.aigc.vertical.compliance.Rule;
import org.aigc.vertical.compliance.RuleKind;
import org.aigc.vertical.compliance.Screening;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.Stage;
import org.aigc.vertical.compliance.text.Span;
import org.aigc.vertical.config.AtRestConfig;
import org.aigc.vertical.domain.ComplianceRule;

/**
 * What of a request is kept at rest (the {@code generation} row, and through it the audit trail and the review queue).
 * The raw input is never written: the stored form is the input as the model saw it (the input rules' AMEND masks,
 * e.g. the Safe Harbor de-identified note, the card number cut to its last four digits), with the excerpts of
 * sensitive rules that block or flag (a CVV, an SSN refused by a blocking rule) removed too, and then whatever the
 * industry's opt-in detectors ({@link AtRestConfig#checks()}) still find. Nothing needs the original later: output
 * checks compare with the input the model saw, and a blocked request is not replayed.
 */
@ApplicationScoped
@Startup
public class InputAtRest {

    /** Stands for an excerpt of a sensitive rule that did not mask it (BLOCK, FLAG, REVIEW). */
    public static final String REDACTED = "[redacted]";

    private final ComplianceEngine compliance;
    private final List<Rule> detectors;

    InputAtRest(ComplianceEngine compliance, AtRestConfig config) {
        this.compliance = compliance;
        List<String> names = config.checks().orElse(List.of()).stream().map(String::trim).filter(n -> !n.isEmpty())
                .toList();
        Set<String> known = compliance.checkNames();
        names.stream().filter(n -> !known.contains(n)).findFirst().ifPresent(n -> {
            // fail at start rather than store identifiers because of a typo in the configuration
            throw new IllegalStateException("aigc.at-rest.checks names '" + n + "', which is not a check of this "
                    + "service; known: " + known);
        });
        this.detectors = names.stream().map(InputAtRest::rule).toList();
    }

    private static Rule rule(String check) {
        return new Rule("AT-REST:" + check, Stage.INPUT, RuleKind.CHECK, check, List.of(), List.of(), Action.AMEND,
                "[redacted:" + check + "]", "removed before storage", "data minimisation at rest", null, null, true);
    }

    /** The request input as stored, given the input screening of the same input. */
    public JsonNode input(JsonNode input, Screening screening, ScreeningContext context) {
        Map<String, String> masks = masks(screening);
        return map(input.deepCopy(), s -> detect(replace(s, masks), context));
    }

    /**
     * The prompt as stored on the row (for the fine-tuning export): the opt-in detectors only, so that an input rule
     * switched off by an administrator lets the identifier reach the model call but not the database.
     */
    public List<ChatMessage> messages(List<ChatMessage> messages, ScreeningContext context) {
        if (detectors.isEmpty()) {
            return messages;
        }
        return messages.stream().map(m -> new ChatMessage(m.role(), text(m.content(), context))).toList();
    }

    /** Free text a person wrote about a job (a reviewer's note or reason): the opt-in detectors only. */
    public String text(String text, ScreeningContext context) {
        return text == null ? null : detect(text, context);
    }

    private Map<String, String> masks(Screening screening) {
        Map<String, String> masks = new LinkedHashMap<>();
        screening.replacements().forEach(r -> masks.putIfAbsent(r.excerpt(), r.mask()));
        List<Finding> findings = screening.findings();
        for (int i = 0; i < findings.size(); i++) {
            Span span = i < screening.spans().size() ? screening.spans().get(i) : null;
            if (span != null && screening.text() != null && !Action.AMEND.name().equals(findings.get(i).action())
                    && sensitive(findings.get(i).ruleId())) {
                masks.putIfAbsent(screening.text().substring(span.start(), span.end()), REDACTED);
            }
        }
        masks.remove("");
        return masks;
    }

    private static boolean sensitive(String ruleId) {
        ComplianceRule rule = ruleId == null ? null : ComplianceRule.findById(ruleId);
        return rule != null && rule.sensitive;
    }

    /** Every occurrence, longest excerpt first (a name inside an e-mail address goes with the address). */
    private static String replace(String text, Map<String, String> masks) {
        String result = text;
        List<String> excerpts = new ArrayList<>(masks.keySet());
        excerpts.sort(Comparator.comparingInt(String::length).reversed());
        for (String excerpt : excerpts) {
            Pattern p = Pattern.compile(Pattern.quote(excerpt), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            result = p.matcher(result).replaceAll(Matcher.quoteReplacement(masks.get(excerpt)));
        }
        return result;
    }

    private String detect(String text, ScreeningContext context) {
        if (detectors.isEmpty() || text.isEmpty()) {
            return text;
        }
        return compliance.screen(detectors, text, context).mask(text);
    }

    private static JsonNode map(JsonNode node, UnaryOperator<String> f) {
        if (node.isTextual()) {
            return TextNode.valueOf(f.apply(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, map(object.get(name), f)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, map(array.get(i), f));
            }
        }
        return node;
    }
}
