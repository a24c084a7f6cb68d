package org.aigc.gateway.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.gateway.config.RecoveryConfig;
import org.aigc.gateway.domain.Job;
import org.aigc.gateway.domain.JobResult;
import org.aigc.gateway.domain.JobStatus;
import org.jboss.logging.Logger;

/**
 * Fails jobs left PENDING past {@code gateway.recovery.job-deadline} (see {@link RecoveryConfig}): status FAILED,
 * errorCode {@value #TIMED_OUT}, reservation released, this replica's waiting callers and event streams told. Each
 * job in its own transaction, locked and re-checked, so a result arriving at the same moment wins or loses cleanly;
 * a result that arrives later is ignored like any result for a final job, while its usage is still metered.
 */
@ApplicationScoped
public class StuckJobs {

    public static final String TIMED_OUT = "JOB_TIMEOUT";
    private static final Logger LOG = Logger.getLogger(StuckJobs.class);

    private final RecoveryConfig config;
    private final Reservations reservations;
    private final ResultWaiters waiters;
    private final JobStreams streams;
    private volatile boolean stopping;

    StuckJobs(RecoveryConfig config, Reservations reservations, ResultWaiters waiters, JobStreams streams) {
        this.config = config;
        this.reservations = reservations;
        this.waiters = waiters;
        this.streams = streams;
    }

    @Scheduled(every = "${gateway.recovery.every:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (stopping) {
            return;
        }
        try {
            failStuck(Instant.now());
        } catch (RuntimeException e) {
            // e.g. the database unreachable for a moment: the next pass tries again
            LOG.warnf("stuck-job pass failed: %s", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** One pass as if the clock read {@code now}; returns the ids of the jobs it failed. Public for tests. */
    public List<UUID> failStuck(Instant now) {
        Instant acceptedBefore = now.minus(config.jobDeadline());
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> Job.getEntityManager()
                .createQuery("select j.id from Job j where j.status = :status and j.createdAt < :before "
                        + "order by j.createdAt", UUID.class)
                .setParameter("status", JobStatus.PENDING).setParameter("before", acceptedBefore)
                .setMaxResults(config.batch()).getResultList());
        List<UUID> failed = new java.util.ArrayList<>();
        for (UUID id : candidates) {
            try {
                GenerationCompleted event = QuarkusTransaction.requiringNew().call(() -> fail(id, acceptedBefore));
                if (event != null) {
                    failed.add(id);
                    waiters.complete(event);
                    streams.result(event);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "cannot fail stuck job %s; the next pass tries again", id);
            }
        }
        if (!failed.isEmpty()) {
            LOG.warnf("failed %d job(s) with no result after %s: %s", failed.size(), config.jobDeadline(), failed);
        }
        return failed;
    }

    private GenerationCompleted fail(UUID id, Instant acceptedBefore) {
        Job job = Job.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.status != JobStatus.PENDING || !job.createdAt.isBefore(acceptedBefore)) {
            return null;
        }
        GenerationCompleted event = GenerationCompleted.of(job.id.toString(), job.tenantId.toString(), job.vertical,
                job.task, GenerationStatus.FAILED).error(TIMED_OUT, "no result from the " + job.vertical
                        + " service within " + config.jobDeadline().toMinutes() + " min of acceptance")
                .build();
        job.status = JobStatus.FAILED;
        job.result = Json.write(JobResult.of(event));
        job.completedAt = event.occurredAt();
        job.lastEventId = event.eventId();
        reservations.release(job.id);
        return event;
    }
}
