package org.aigc.health.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationRequested;
import org.aigc.health.phi.PhiDetector;
import org.aigc.health.phi.PhiMatch;
import org.aigc.vertical.compliance.ComplianceEngine;
import org.aigc.vertical.compliance.Screening;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.service.EnrichmentException;

/**
 * HC-01 fail-closed: the core masks identifiers in the input with the input-stage AMEND rules before the prompt is
 * built. This gate repeats that masking on the request and looks for identifiers left over (a rule switched off, an
 * excerpt cut by another mask); if any remain, the request is refused before a model call is asked for.
 */
@ApplicationScoped
public class DeidentificationGate {

    public static final String FAILED = "DEIDENTIFICATION_FAILED";

    private final ComplianceEngine compliance;

    DeidentificationGate(ComplianceEngine compliance) {
        this.compliance = compliance;
    }

    public void verify(GenerationRequested request) {
        String locale = request.options() == null ? null : request.options().locale();
        ScreeningContext context = new ScreeningContext(request.task(), request.tenantId(), locale, request.input());
        Screening screening = compliance.screenInput(request.input(), context);
        List<FieldError> left = new ArrayList<>();
        collect(request.input(), "", screening, left);
        if (!left.isEmpty()) {
            throw new EnrichmentException(FAILED, "identifiers would remain after de-identification; no model call",
                    left);
        }
    }

    /** Refuses stored text (a clinical note) that still carries an identifier. */
    public void verifyStored(String field, String text) {
        List<PhiMatch> left = PhiDetector.detect(text);
        if (!left.isEmpty()) {
            throw new EnrichmentException(FAILED, "stored text still carries identifiers; no model call",
                    List.of(new FieldError(field, kinds(left))));
        }
    }

    private static void collect(JsonNode node, String path, Screening screening, List<FieldError> out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            List<PhiMatch> left = PhiDetector.detect(screening.mask(node.asText()));
            if (!left.isEmpty()) {
                out.add(new FieldError(path.isEmpty() ? "input" : path, kinds(left)));
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), screening,
                        out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", screening, out);
            }
        }
    }

    /** Names the kinds only: the identifiers themselves must not travel in the error. */
    private static String kinds(List<PhiMatch> left) {
        return "identifiers left: " + left.stream().map(m -> m.kind().ruleId()).distinct().sorted()
                .collect(Collectors.joining(", "));
    }
}
