package org.aigc.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import org.aigc.contracts.Json;

/**
 * Publishes an event as part of the caller's database transaction: the row is written with the state change, and
 * sent to Kafka right after the commit. A crash between commit and send leaves the row unsent; the
 * {@link OutboxSweeper} sends it later, so nothing is lost (consumers deduplicate).
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(EntityManager entityManager, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Writes the event to the outbox. Must run inside a transaction ({@code @Transactional}); the event goes out only
     * if that transaction commits.
     */
    public void publish(String topic, String key, Object event) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Outbox.publish must run inside a transaction");
        }
        OutboxRecord record = new OutboxRecord(UUID.randomUUID(), topic, key, event.getClass().getSimpleName(),
                Json.write(event));
        entityManager.createNativeQuery("insert into outbox (id, topic, record_key, event_type, payload) "
                + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, record.id())
                .setParameter(2, record.topic())
                .setParameter(3, record.key())
                .setParameter(4, record.eventType())
                .setParameter(5, record.payload())
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.sendAfterCommit(record);
                }
            }
        });
    }
}
