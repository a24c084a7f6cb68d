package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;

/**
 * {@code Idempotency-Key} of job submissions: the first request with a key claims it for its job; a later one with
 * the same key and body gets that job, one with a different body a 422. Keys expire after {@link #WINDOW}. Two
 * concurrent first requests are serialised by the primary key: the second insert waits for the first transaction and
 * then sees its row.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final Duration WINDOW = Duration.ofHours(24);
    public static final int MAX_LENGTH = 255;

    private final EntityManager entityManager;

    IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The job an earlier request with this key created, or empty when this request now owns the key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(UUID tenantId, String key, String bodyHash, UUID jobId) {
        Instant now = Instant.now();
        int inserted = entityManager.createNativeQuery("""
                insert into idempotency_key (tenant_id, key, body_hash, job_id, created_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, tenantId).setParameter(2, key).setParameter(3, bodyHash).setParameter(4, jobId)
                .setParameter(5, now).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select body_hash, job_id, created_at from idempotency_key
                where tenant_id = ?1 and key = ?2 for update""")
                .setParameter(1, tenantId).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        Instant created = row[2] instanceof Instant instant ? instant
                : ((java.time.OffsetDateTime) row[2]).toInstant();
        if (created.isBefore(now.minus(WINDOW))) {
            entityManager.createNativeQuery("""
                    update idempotency_key set body_hash = ?3, job_id = ?4, created_at = ?5
                    where tenant_id = ?1 and key = ?2""")
                    .setParameter(1, tenantId).setParameter(2, key).setParameter(3, bodyHash)
                    .setParameter(4, jobId).setParameter(5, now).executeUpdate();
            return Optional.empty();
        }
        if (!bodyHash.equals(row[0])) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used within 24 h for a request with a different body");
        }
        UUID existing = row[1] instanceof UUID uuid ? uuid : UUID.fromString(row[1].toString());
        return Optional.of(existing);
    }

    /** Forgets keys past the window. */
    @Transactional
    public int prune() {
        return entityManager.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, Instant.now().minus(WINDOW)).executeUpdate();
    }
}
