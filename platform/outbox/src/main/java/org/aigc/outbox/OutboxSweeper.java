package org.aigc.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Re-sends rows that stayed unsent (the process died between commit and send, or Kafka was down), and deletes sent
 * rows after a while. Rows are locked with {@code skip locked}, so replicas share the work without sending a row twice
 * at the same time.
 */
@ApplicationScoped
public class OutboxSweeper {

    private final EntityManager entityManager;
    private final OutboxRelay relay;
    private final OutboxConfig config;
    /** Set at shutdown: the persistence unit may already be closed, and the next start sweeps anyway. */
    private volatile boolean stopping;

    OutboxSweeper(EntityManager entityManager, OutboxRelay relay, OutboxConfig config) {
        this.entityManager = entityManager;
        this.relay = relay;
        this.config = config;
    }

    @Scheduled(every = "${outbox.sweep-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void sweep() {
        if (stopping) {
            return;
        }
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::resendBatch);
        } while (sent >= config.sweepBatch());
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from outbox where sent_at < ?1")
                .setParameter(1, Instant.now().minus(config.keepSent()))
                .executeUpdate());
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Sends one batch of stale unsent rows; returns how many were sent. */
    @SuppressWarnings("unchecked")
    int resendBatch() {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select id, topic, record_key, event_type, payload from outbox "
                        + "where sent_at is null and created_at < ?1 order by created_at limit ?2 "
                        + "for update skip locked")
                .setParameter(1, Instant.now().minus(config.resendAfter()))
                .setParameter(2, config.sweepBatch())
                .getResultList();
        List<UUID> sent = new ArrayList<>();
        for (Object[] row : rows) {
            OutboxRecord record = new OutboxRecord((UUID) row[0], (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4]);
            if (!relay.sendNow(record)) {
                break;
            }
            sent.add(record.id());
        }
        if (!sent.isEmpty()) {
            entityManager.createNativeQuery("update outbox set sent_at = now(), attempts = attempts + 1 "
                    + "where id = any(?1)")
                    .setParameter(1, sent.toArray(new UUID[0]))
                    .executeUpdate();
        }
        return sent.size();
    }

    /** Unsent rows, for health checks and tests. */
    public long pending() {
        return ((Number) entityManager.createNativeQuery("select count(*) from outbox where sent_at is null")
                .getSingleResult()).longValue();
    }
}
