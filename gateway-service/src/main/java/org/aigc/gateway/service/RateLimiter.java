package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Requests per minute per tenant (or per API key: the bucket id is the tenant's or the key's id), counted in PostgreSQL so that every gateway replica sees the same count: one row
 * per tenant and minute, bumped by an atomic upsert. A fixed window: a caller can send up to twice the limit across a
 * minute boundary, the price of one round trip per request instead of a sliding log.
 */
@ApplicationScoped
public class RateLimiter {

    /** The outcome of one counted request. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    private static final String BUMP = """
            insert into rate_window (tenant_id, window_start, requests) values (?1, ?2, 1)
            on conflict (tenant_id, window_start) do update set requests = rate_window.requests + 1
            returning requests""";

    private final EntityManager entityManager;

    RateLimiter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Counts one request of the bucket (tenant or key) in the current minute: is it within {@code limit}? */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Decision hit(UUID tenantId, int limit) {
        Instant now = Instant.now();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        int count = ((Number) entityManager.createNativeQuery(BUMP)
                .setParameter(1, tenantId)
                .setParameter(2, window)
                .getSingleResult()).intValue();
        long millisLeft = Duration.between(now, window.plus(1, ChronoUnit.MINUTES)).toMillis();
        long reset = Math.max(1, (millisLeft + 999) / 1000);
        return new Decision(count <= limit, limit, Math.max(0, limit - count), reset);
    }

    /** Forgets windows older than {@code age}; they can no longer count. */
    @Transactional
    public int prune(Duration age) {
        return entityManager.createNativeQuery("delete from rate_window where window_start < ?1")
                .setParameter(1, Instant.now().minus(age)).executeUpdate();
    }
}
