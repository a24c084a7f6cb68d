package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.aigc.contracts.Finding;
import org.aigc.contracts.Json;
import org.aigc.vertical.compliance.Action;
import org.aigc.vertical.compliance.ComplianceEngine;
import org.aigc.vertical.compliance.Screening;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.Stage;
import org.aigc.vertical.compliance.text.Span;
import org.aigc.vertical.domain.TaskDefinition;

/**
 * The dry run: screens a text exactly as the live pipeline would (same engine, same rules from the table, same
 * amendment), without a generation. Output of a task that requires review is REVIEW, as it would be live.
 */
@ApplicationScoped
public class ComplianceCheckService {

    private final ComplianceEngine engine;

    ComplianceCheckService(ComplianceEngine engine) {
        this.engine = engine;
    }

    /** @param task null screens with every task's rules */
    public CheckResult check(Stage stage, String text, TaskDefinition task, String tenantId, JsonNode context) {
        String locale = context == null ? null : context.path("locale").asText(null);
        JsonNode input = context == null ? null : context.has("input") ? context.get("input") : context;
        ScreeningContext screening = new ScreeningContext(task == null ? null : task.name, tenantId, locale, input,
                null, context);
        Screening result = engine.screen(stage, text, screening);
        boolean jsonOutput = stage == Stage.OUTPUT && task != null && task.jsonOutput();
        String amended = result.blocked() ? null : jsonOutput ? json(result, text) : result.amend(text);
        boolean reviewTask = stage == Stage.OUTPUT && task != null && task.reviewRequired;
        return new CheckResult(decision(result, reviewTask), located(result),
                amended == null || amended.equals(text) ? null : amended);
    }

    /** A JSON answer as the pipeline publishes it: masked, with the required texts in its disclaimer field. */
    private static String json(Screening screening, String text) {
        String masked = screening.mask(text);
        return JsonOutput.parse(masked).map(o -> Json.write(JsonDisclosures.attach(o, screening.appendices())))
                .orElse(masked);
    }

    static String decision(Screening screening, boolean reviewTask) {
        Action strongest = screening.strongest().orElse(null);
        if (strongest == Action.BLOCK) {
            return "BLOCK";
        }
        if (strongest == Action.REVIEW || reviewTask) {
            return "REVIEW";
        }
        return strongest == Action.AMEND || strongest == Action.APPEND ? "AMEND" : "ALLOW";
    }

    private static List<LocatedFinding> located(Screening screening) {
        List<LocatedFinding> out = new ArrayList<>();
        for (int i = 0; i < screening.findings().size(); i++) {
            Finding f = screening.findings().get(i);
            Span span = screening.spans().get(i);
            out.add(new LocatedFinding(f.ruleId(), f.action(), f.message(), f.source(), f.excerpt(),
                    span == null ? null : span.start(), span == null ? null : span.end()));
        }
        return out;
    }

    /** A finding with its position in the checked text ({@code start}/{@code end} are null for whole-text rules). */
    public record LocatedFinding(String ruleId, String action, String message, String source, String excerpt,
            Integer start, Integer end) {
    }

    /** @param amendedText the text as the pipeline would publish it (before labelling); null when unchanged */
    public record CheckResult(String decision, List<LocatedFinding> findings, String amendedText) {
    }
}
