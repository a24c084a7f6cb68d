package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Finding;
import org.aigc.contracts.Json;
import org.aigc.vertical.compliance.ComplianceEngine;
import org.aigc.vertical.compliance.Screening;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.Stage;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.domain.TaskDefinition;
import org.aigc.vertical.labels.ExplicitLabels;
import org.aigc.vertical.labels.Labeller;
import org.aigc.vertical.rest.Problems;

/**
 * A reviewer's edited text goes through what a model's output goes through: the output schema (JSON tasks), the
 * output rules (a blocking finding refuses the edit with a 422 problem), amendment and a fresh label.
 */
@ApplicationScoped
public class ReviewEdits {

    private final ComplianceEngine compliance;
    private final Labeller labeller;

    ReviewEdits(ComplianceEngine compliance, Labeller labeller) {
        this.compliance = compliance;
        this.labeller = labeller;
    }

    Edited apply(Generation g, TaskDefinition task, String text, String locale) {
        String content = task.jsonOutput() ? text : ExplicitLabels.strip(text);
        if (task.jsonOutput()) {
            List<FieldError> problems = JsonOutput.problems(content, task.outputSchema);
            if (!problems.isEmpty()) {
                throw Problems.problem(Problems.OUTPUT_BLOCKED, "Edit refused", 422,
                        "the edited text does not match the task's output schema: " + problems);
            }
            content = Json.write(JsonOutput.parse(content).orElseThrow());
        }
        ScreeningContext context = new ScreeningContext(task.name, g.tenantId, locale, Json.tree(g.input),
                g.requestId, null);
        Screening screening = compliance.screen(Stage.OUTPUT, content, context);
        if (screening.blocked()) {
            throw Problems.problem(Problems.OUTPUT_BLOCKED, "Edit refused", 422,
                    "the edited text breaks output rules: " + screening.findings().stream()
                            .filter(f -> "BLOCK".equals(f.action())).map(f -> f.ruleId() + " (" + f.excerpt() + ")")
                            .toList());
        }
        String amended = task.jsonOutput() ? screening.mask(content) : screening.amend(content);
        JsonNode output = task.jsonOutput() ? JsonOutput.parse(amended).map(
                o -> JsonDisclosures.attach(o, screening.appendices())).orElse(null) : null;
        if (output != null) {
            amended = Json.write(output);
        }
        Labeller.Labelled labelled = labeller.label(amended, !task.jsonOutput(), locale, g.requestId, g.tenantId);
        return new Edited(screening.findings(), labelled, output);
    }

    record Edited(List<Finding> findings, Labeller.Labelled labelled, JsonNode output) {
    }
}
