package org.aigc.health.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.aigc.contracts.GenerationStatus;
import org.aigc.health.domain.ReviewTask;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.service.GenerationFinished;

/**
 * Keeps the clinician review tasks in step with the review queue: every generation held for review (all
 * patient-facing texts, and any output a REVIEW rule holds) gets one PENDING task in the same transaction; when the
 * held result is released or refused (through the review queue or a task decision) its pending task is closed with
 * the reviewer's name and note.
 */
@ApplicationScoped
public class ClinicianReviewTasks {

    void onFinished(@Observes GenerationFinished event) {
        Generation g = event.generation();
        GenerationStatus status = event.result().status();
        List<ReviewTask> pending = ReviewTask.list("tenantId = ?1 and requestId = ?2 and status = ?3", g.tenantId,
                g.requestId, ReviewTask.PENDING);
        if (status == GenerationStatus.NEEDS_REVIEW) {
            if (pending.isEmpty()) {
                ReviewTask task = new ReviewTask();
                task.tenantId = g.tenantId;
                task.requestId = g.requestId;
                task.status = ReviewTask.PENDING;
                task.createdAt = Instant.now();
                task.persist();
            }
            return;
        }
        if (g.reviewedBy == null) {
            return;
        }
        for (ReviewTask task : pending) {
            task.status = status == GenerationStatus.COMPLETED ? ReviewTask.APPROVED : ReviewTask.REJECTED;
            task.reviewer = clip(g.reviewedBy);
            task.comment = g.reviewNote == null ? null : g.reviewNote.substring(0, Math.min(2000, g.reviewNote.length()));
            task.decidedAt = g.reviewedAt == null ? Instant.now() : g.reviewedAt;
        }
    }

    private static String clip(String reviewer) {
        return reviewer.length() <= 64 ? reviewer : reviewer.substring(0, 64);
    }
}
