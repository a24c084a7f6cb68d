package org.aigc.gateway.rest;

import java.time.Instant;
import java.util.UUID;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.gateway.domain.Job;
import org.aigc.gateway.domain.JobResult;

/** A job as the caller sees it; {@code result} is null while it is pending. */
public record JobView(UUID id, String vertical, String task, GenerationStatus status, Instant createdAt,
        Instant completedAt, JobResult result) {

    public static JobView of(Job job) {
        JobResult result = job.result == null ? null : Json.read(job.result, JobResult.class);
        return new JobView(job.id, job.vertical, job.task, job.status, job.createdAt, job.completedAt, result);
    }

    /** This job as it is after the result event, without reading the database. */
    public JobView answeredBy(GenerationCompleted event) {
        Instant completed = event.status().isFinal() ? event.occurredAt() : null;
        return new JobView(id, vertical, task, event.status(), createdAt, completed, JobResult.of(event));
    }

    /** Whether a waiting caller gets this state as the answer (final, or held for human review). */
    public boolean isAnswer() {
        return status != GenerationStatus.PENDING;
    }

    public String location() {
        return "/api/v1/jobs/" + id;
    }
}
