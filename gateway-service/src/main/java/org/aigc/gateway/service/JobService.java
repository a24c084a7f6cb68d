package org.aigc.gateway.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aigc.contracts.GenerationCancelled;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.Topics;
import org.aigc.gateway.domain.Job;
import org.aigc.gateway.domain.JobResult;
import org.aigc.gateway.domain.JobStatus;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import java.time.Instant;
import org.aigc.gateway.domain.Tenant;
import org.aigc.outbox.Outbox;
import org.jboss.logging.Logger;

/** Accepting generation jobs and recording their results. */
@ApplicationScoped
public class JobService {

    /** What became of one result record. */
    public enum Applied { APPLIED, DUPLICATE, ALREADY_FINAL, UNKNOWN_JOB, TENANT_MISMATCH }

    private static final Logger LOG = Logger.getLogger(JobService.class);

    /** A submission's outcome: a new job, or the earlier job of the same {@code Idempotency-Key}. */
    public record Accepted(Job job, boolean replayed) {
    }

    private final Outbox outbox;
    private final Reservations reservations;
    private final IdempotencyKeys idempotency;
    private final WorstCase worstCase;

    JobService(Outbox outbox, Reservations reservations, IdempotencyKeys idempotency, WorstCase worstCase) {
        this.outbox = outbox;
        this.reservations = reservations;
        this.idempotency = idempotency;
        this.worstCase = worstCase;
    }

    /**
     * In one transaction: claims the idempotency key (if any), reserves the job's worst case against the tenant's
     * budget and quota, stores the job and publishes {@link GenerationRequested}. Any refusal rolls all of it back.
     */
    @Transactional
    public Accepted submit(UUID id, Tenant tenant, String vertical, Submission submission,
            Optional<IdempotencyRequest> idempotencyKey) {
        if (idempotencyKey.isPresent()) {
            Optional<UUID> earlier = idempotency.claim(tenant.id, idempotencyKey.get().key(),
                    idempotencyKey.get().bodyHash(), id);
            if (earlier.isPresent()) {
                return new Accepted(Job.findById(earlier.get()), true);
            }
        }
        String input = Json.write(submission.input());
        // the gateway cannot de-identify (health) or mask (finance) what it is given: it keeps only the input's size;
        // the industry service that owns the task stores the masked form, and the event carries the input to it
        Job job = Job.pending(id, tenant.id, vertical, submission.task(), "{\"chars\":" + input.length() + "}",
                Json.write(submission.options()));
        job.persist();
        GenerationRequested event = GenerationRequested.of(id.toString(), tenant.id.toString(), vertical,
                submission.task(), submission.input(), submission.options());
        outbox.publish(Topics.requests(vertical), id.toString(), event);
        // last: the reservation locks the tenant's budget rows until commit, which all its other jobs wait for
        reservations.reserve(tenant, id, worstCase.of(input.length(), submission.options().maxTokens()));
        return new Accepted(job, false);
    }

    /** An {@code Idempotency-Key} and the hash of the request it came with. */
    public record IdempotencyRequest(String key, String bodyHash) {
    }

    /** The metered cost of the job's model calls so far; null until the first usage event is recorded. */
    @Transactional
    public java.math.BigDecimal cost(UUID tenantId, UUID id) {
        return (java.math.BigDecimal) Job.getEntityManager().createNativeQuery(
                "select sum(cost) from usage_record where request_id = ?1 and tenant_id = ?2")
                .setParameter(1, id.toString()).setParameter(2, tenantId).getSingleResult();
    }

    @Transactional
    public Optional<Job> find(UUID tenantId, UUID id) {
        return Job.<Job>findByIdOptional(id).filter(job -> job.tenantId.equals(tenantId));
    }

    /** The tenant's jobs, newest first (ties by id), after the cursor position, with optional filters. */
    @Transactional
    public List<Job> list(UUID tenantId, JobFilter filter, Optional<JobCursor> after, int limit) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", tenantId);
        filter.status().ifPresent(s -> {
            query.append(" and status = :status");
            parameters.and("status", s);
        });
        filter.vertical().ifPresent(v -> {
            query.append(" and vertical = :vertical");
            parameters.and("vertical", v);
        });
        filter.task().ifPresent(t -> {
            query.append(" and task = :task");
            parameters.and("task", t);
        });
        after.ifPresent(cursor -> {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            parameters.and("at", cursor.createdAt()).and("id", cursor.id());
        });
        return Job.<Job>find(query.toString(), Sort.descending("createdAt", "id"), parameters).page(0, limit).list();
    }

    /**
     * Cancels an open job: it becomes {@code CANCELLED} (a gateway-side state), its reservation is released, a result
     * that still arrives is ignored, and {@link GenerationCancelled} goes out (same transaction, through the outbox):
     * the generation service then skips the job's model calls that have not started, so they are neither made nor
     * billed. A call already running finishes and its real usage is still metered.
     */
    @Transactional
    public Job cancel(UUID tenantId, UUID id) {
        Job job = Job.<Job>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.tenantId.equals(tenantId))
                .orElseThrow(() -> new ApiException(ProblemType.JOB_NOT_FOUND, "no job " + id));
        if (job.status == JobStatus.CANCELLED) {
            return job;
        }
        if (!job.isOpen()) {
            throw new ApiException(ProblemType.JOB_NOT_CANCELLABLE, "job " + id + " already ended " + job.status);
        }
        job.status = JobStatus.CANCELLED;
        job.completedAt = Instant.now();
        reservations.release(job.id);
        outbox.publish(Topics.CANCELLATIONS, job.id.toString(),
                GenerationCancelled.of(job.id.toString(), job.tenantId.toString(), job.vertical));
        return job;
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
        job.status = JobStatus.of(event.status());
        job.result = Json.write(JobResult.of(event));
        job.completedAt = event.status().isFinal() ? event.occurredAt() : null;
        job.lastEventId = event.eventId();
        if (event.status().isFinal()) {
            // whatever the job did not use goes back to the budget; its real usage arrives as UsageRecorded, possibly
            // after this result, so a job that may have reached a model holds the rest for the usage grace period
            if (mayHaveReachedAModel(event)) {
                reservations.finish(job.id);
            } else {
                reservations.release(job.id);
            }
        }
        return Applied.APPLIED;
    }

    /** Refused or blocked before any model call: nothing can be metered for it. */
    private static boolean mayHaveReachedAModel(GenerationCompleted event) {
        return event.usage() != null || (event.status() != GenerationStatus.REJECTED
                && event.status() != GenerationStatus.BLOCKED);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
