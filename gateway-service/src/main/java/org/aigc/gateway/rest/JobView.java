package org.aigc.gateway.rest;

import java.time.Instant;
import java.util.UUID;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.Json;
import org.aigc.gateway.domain.Job;
import org.aigc.gateway.domain.JobResult;
import org.aigc.gateway.domain.JobStatus;

/**
 * A job as the caller sees it; {@code result} is null while it is pending. {@code cost} (exact decimal string, only on
 * {@code GET /api/v1/jobs/{id}}) is the metered cost of its model calls so far, absent until the first usage event
 * is recorded (metering may arrive shortly after the result).
 */
public record JobView(UUID id, String vertical, String task, JobStatus status, Instant createdAt,
        Instant completedAt, JobResult result,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String cost) {

    public static JobView of(Job job) {
        JobResult result = job.result == null ? null : Json.read(job.result, JobResult.class);
        return new JobView(job.id, job.vertical, job.task, job.status, job.createdAt, job.completedAt, result, null);
    }

    public JobView withCost(java.math.BigDecimal cost) {
        return new JobView(id, vertical, task, status, createdAt, completedAt, result,
                cost == null ? null : cost.signum() == 0 ? "0" : cost.stripTrailingZeros().toPlainString());
    }

    /** This job as it is after the result event, without reading the database. */
    public JobView answeredBy(GenerationCompleted event) {
        Instant completed = event.status().isFinal() ? event.occurredAt() : null;
        return new JobView(id, vertical, task, JobStatus.of(event.status()), createdAt, completed, JobResult.of(event),
                cost);
    }

    /** Whether a waiting caller gets this state as the answer (final, or held for human review). Not in the JSON. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAnswer() {
        return status != JobStatus.PENDING;
    }

    public String location() {
        return "/api/v1/jobs/" + id;
    }
}
