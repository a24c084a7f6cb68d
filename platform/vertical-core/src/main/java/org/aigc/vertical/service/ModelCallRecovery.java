package org.aigc.vertical.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.aigc.vertical.config.RecoveryConfig;
import org.aigc.vertical.domain.Generation;
import org.jboss.logging.Logger;

/**
 * Finds generations that have waited for their model result past {@code aigc.recovery.model-result-deadline} and
 * hands each to {@link StuckGeneration} in its own transaction: re-issue the call (same callId, so the generation
 * service and the metering treat it as the same call) a bounded number of times, then fail the generation explicitly
 * with {@code RECOVERY_EXHAUSTED}. Replicas share the work: rows are claimed with {@code for update skip locked}.
 */
@ApplicationScoped
public class ModelCallRecovery {

    private static final Logger LOG = Logger.getLogger(ModelCallRecovery.class);

    private final RecoveryConfig config;
    private final StuckGeneration stuck;
    /** Set at shutdown: the persistence unit may already be closing, and the next start sweeps anyway. */
    private volatile boolean stopping;

    ModelCallRecovery(RecoveryConfig config, StuckGeneration stuck) {
        this.config = config;
        this.stuck = stuck;
    }

    @Scheduled(every = "${aigc.recovery.every:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (stopping) {
            return;
        }
        try {
            recover(Instant.now());
        } catch (RuntimeException e) {
            // e.g. the database unreachable for a moment: the next sweep tries again
            LOG.warnf("recovery sweep failed: %s", e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * One pass as if the clock read {@code now}: every generation waiting since before {@code now - deadline} is
     * re-issued or failed. Returns how many were handled. Public for tests, which pass a future instant instead of
     * waiting for the deadline.
     */
    public int recover(Instant now) {
        Instant waitingSince = now.minus(config.modelResultDeadline());
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Generation.getEntityManager()
                .createQuery("select g.id from Generation g where g.status = :status and g.updatedAt < :since "
                        + "order by g.updatedAt", Long.class)
                .setParameter("status", Generation.GENERATING).setParameter("since", waitingSince)
                .setMaxResults(config.batch()).getResultList());
        int handled = 0;
        for (Long id : ids) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> stuck.handle(id, waitingSince))) {
                    handled++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "recovery of generation %d failed; the next sweep tries again", id);
            }
        }
        if (handled > 0) {
            LOG.infof("recovered %d generation(s) stuck waiting for a model result", handled);
        }
        return handled;
    }
}
