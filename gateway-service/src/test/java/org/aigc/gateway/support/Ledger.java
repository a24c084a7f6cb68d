package org.aigc.gateway.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Reads the metering tables directly, so tests can check sums the API does not show. */
public final class Ledger {

    private Ledger() {
    }

    /** {@code [spent, reserved]} of the tenant's current month (zeros if there is no row yet). */
    public static BigDecimal[] budget(EntityManager em, String tenantId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select spent, reserved from budget_month where tenant_id = ?1 order by month desc")
                    .setParameter(1, UUID.fromString(tenantId)).getResultList();
            return rows.isEmpty() ? new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}
                    : new BigDecimal[] {(BigDecimal) rows.get(0)[0], (BigDecimal) rows.get(0)[1]};
        });
    }

    /** {@code [used, reserved]} tokens of the tenant's current day. */
    public static long[] tokens(EntityManager em, String tenantId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select used, reserved from token_day where tenant_id = ?1 order by day desc")
                    .setParameter(1, UUID.fromString(tenantId)).getResultList();
            return rows.isEmpty() ? new long[] {0, 0}
                    : new long[] {((Number) rows.get(0)[0]).longValue(), ((Number) rows.get(0)[1]).longValue()};
        });
    }

    /** Sum of what the tenant's live reservations still hold. */
    public static BigDecimal held(EntityManager em, String tenantId) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) em.createNativeQuery(
                "select coalesce(sum(cost), 0) from reservation where tenant_id = ?1 and released_at is null")
                .setParameter(1, UUID.fromString(tenantId)).getSingleResult());
    }

    public static long count(EntityManager em, String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
