package org.aigc.gateway.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.Topics;
import org.aigc.gateway.domain.Job;
import org.aigc.gateway.domain.JobResult;
import org.aigc.outbox.Outbox;
import org.jboss.logging.Logger;

/** Accepting generation jobs and recording their results. */
@ApplicationScoped
public class JobService {

    /** What became of one result record. */
    public enum Applied { APPLIED, DUPLICATE, ALREADY_FINAL, UNKNOWN_JOB, TENANT_MISMATCH }

    private static final Logger LOG = Logger.getLogger(JobService.class);

    private final Outbox outbox;

    JobService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Stores the job and publishes {@link GenerationRequested} in the same transaction. */
    @Transactional
    public Job submit(UUID id, UUID tenantId, String vertical, Submission submission) {
        Job job = Job.pending(id, tenantId, vertical, submission.task(), Json.write(submission.input()),
                Json.write(submission.options()));
        job.persist();
        GenerationRequested event = GenerationRequested.of(id.toString(), tenantId.toString(), vertical,
                submission.task(), submission.input(), submission.options());
        outbox.publish(Topics.requests(vertical), id.toString(), event);
        return job;
    }

    @Transactional
    public Optional<Job> find(UUID tenantId, UUID id) {
        return Job.<Job>findByIdOptional(id).filter(job -> job.tenantId.equals(tenantId));
    }

    /** The tenant's jobs, newest first, optionally filtered by status and vertical. */
    @Transactional
    public List<Job> list(UUID tenantId, Optional<GenerationStatus> status, Optional<String> vertical, int limit) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", tenantId);
        status.ifPresent(s -> {
            query.append(" and status = :status");
            parameters.and("status", s);
        });
        vertical.ifPresent(v -> {
            query.append(" and vertical = :vertical");
            parameters.and("vertical", v);
        });
        return Job.<Job>find(query.toString(), Sort.descending("createdAt"), parameters).page(0, limit).list();
    }

    /**
     * Records a result on its job. Idempotent: a redelivered event, or one for a job already in a final state, changes
     * nothing. Results for requests the gateway did not accept (integrators publish on Kafka directly) are ignored.
     */
    @Transactional
    public Applied applyResult(GenerationCompleted event) {
        Optional<UUID> id = uuid(event.requestId());
        Job job = id.map(value -> Job.<Job>findById(value, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        if (job == null) {
            return Applied.UNKNOWN_JOB;
        }
        if (!job.tenantId.toString().equals(event.tenantId())) {
            LOG.warnf("result %s names tenant %s but job %s belongs to another tenant; ignored", event.eventId(),
                    event.tenantId(), job.id);
            return Applied.TENANT_MISMATCH;
        }
        if (event.eventId().equals(job.lastEventId)) {
            return Applied.DUPLICATE;
        }
        if (!job.isOpen() || event.status() == GenerationStatus.PENDING) {
            return Applied.ALREADY_FINAL;
        }
        job.status = event.status();
        job.result = Json.write(JobResult.of(event));
        job.completedAt = event.status().isFinal() ? event.occurredAt() : null;
        job.lastEventId = event.eventId();
        return Applied.APPLIED;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
