package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationOptions;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.Labels;
import org.aigc.contracts.TokenUsage;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.domain.TaskDefinition;
import org.aigc.vertical.labels.Labeller;

/**
 * The review queue's decisions. Approval publishes the held result as COMPLETED (an edited text is first screened by
 * the output rules, amended and labelled anew); rejection publishes BLOCKED with error code {@code REVIEW_REJECTED}
 * and the reviewer's reason. Both record the reviewer on the row and in the audit trail.
 */
@ApplicationScoped
public class ReviewService {

    public static final String REJECTED_BY_REVIEWER = "REVIEW_REJECTED";

    private final ReviewEdits edits;
    private final ResultPublisher results;
    private final AuditTrail audit;
    private final InputAtRest atRest;

    ReviewService(ReviewEdits edits, ResultPublisher results, AuditTrail audit, InputAtRest atRest) {
        this.edits = edits;
        this.results = results;
        this.audit = audit;
        this.atRest = atRest;
    }

    public List<Generation> pending(String tenantId) {
        return Generation.list("tenantId = ?1 and status = ?2 order by createdAt", tenantId,
                GenerationStatus.NEEDS_REVIEW.name());
    }

    /** Approves, optionally with an edited text; throws the 422 problem when the edit breaks the output rules. */
    @Transactional
    public Generation approve(String tenantId, String requestId, String editedText, String rawNote, String reviewer) {
        Generation g = ReviewQueue.lockPending(tenantId, requestId);
        String note = atRest.text(rawNote, context(g));
        TaskDefinition task = TaskDefinition.findById(g.task);
        List<Finding> findings = new ArrayList<>(List.of(Json.read(g.findings, Finding[].class)));
        String content = g.content;
        JsonNode output = g.output == null ? null : Json.tree(g.output);
        Labels labels = g.labels == null ? null : Json.read(g.labels, Labels.class);
        if (editedText != null) {
            String locale = Json.read(g.options, GenerationOptions.class).locale();
            ReviewEdits.Edited edited = edits.apply(g, task, editedText, locale);
            findings.addAll(edited.findings());
            Labeller.Labelled labelled = edited.labelled();
            content = labelled.content();
            output = edited.output();
            labels = labelled.labels();
            g.edited = true;
            audit.decision(g, AuditTrail.LABELLED, Map.of("explicit", labels.explicit(), "afterReviewEdit", true));
        }
        markReviewed(g, reviewer, note);
        Map<String, Object> detail = new HashMap<>();
        detail.put("edited", editedText != null);
        if (note != null) {
            detail.put("note", note);
        }
        audit.adminAction(g.requestId, g.tenantId, "REVIEW_APPROVED", null, null, reviewer, detail);
        results.finish(g, base(g, GenerationStatus.COMPLETED).content(content).output(output).findings(findings)
                .labels(labels).build());
        return g;
    }

    @Transactional
    public Generation reject(String tenantId, String requestId, String rawReason, String reviewer) {
        Generation g = ReviewQueue.lockPending(tenantId, requestId);
        String reason = atRest.text(rawReason, context(g));
        markReviewed(g, reviewer, reason);
        audit.adminAction(g.requestId, g.tenantId, "REVIEW_REJECTED", null, null, reviewer,
                Map.of("reason", reason));
        results.finish(g, base(g, GenerationStatus.BLOCKED)
                .findings(List.of(Json.read(g.findings, Finding[].class)))
                .error(REJECTED_BY_REVIEWER, "rejected by reviewer " + reviewer + ": " + reason).build());
        return g;
    }

    private GenerationCompleted.Builder base(Generation g, GenerationStatus status) {
        GenerationCompleted.Builder b = results.resultFor(g, status).model(g.model).templateVersion(g.templateVersion);
        if (g.usage != null) {
            b.usage(Json.read(g.usage, TokenUsage.class));
        }
        if (g.timings != null) {
            b.timings(Json.MAPPER.convertValue(Json.tree(g.timings),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Long>>() {
                    }));
        }
        return b;
    }

    /** Reviewers' notes are stored and published like the input: without what the opt-in detectors find. */
    private static ScreeningContext context(Generation g) {
        return new ScreeningContext(g.task, g.tenantId, null, null, g.requestId, null);
    }

    private static void markReviewed(Generation g, String reviewer, String note) {
        g.reviewedBy = reviewer;
        g.reviewedAt = Instant.now();
        g.reviewNote = note;
    }
}
