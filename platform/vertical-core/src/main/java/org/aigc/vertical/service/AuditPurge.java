package org.aigc.vertical.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Deletes audit rows whose retention has run out. The table refuses deletes unless the transaction sets
 * {@code aigc.audit_purge}, and even then only of expired rows, so nothing else can shorten the trail.
 */
@ApplicationScoped
public class AuditPurge {

    private static final Logger LOG = Logger.getLogger(AuditPurge.class);

    private final EntityManager em;

    AuditPurge(EntityManager em) {
        this.em = em;
    }

    @Scheduled(every = "${aigc.compliance.audit-purge-every:6h}", delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        purge();
    }

    /** Deletes the expired rows; returns how many. */
    @Transactional
    public int purge() {
        em.createNativeQuery("select set_config('aigc.audit_purge', 'on', true)").getSingleResult();
        int deleted = em.createNativeQuery("delete from audit_event where retain_until < now()").executeUpdate();
        if (deleted > 0) {
            LOG.infof("purged %d audit rows past their retention", deleted);
        }
        return deleted;
    }
}
