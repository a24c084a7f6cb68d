package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;

/**
 * Holds a job's worst case against its tenant's monthly budget and daily token quota. Each hold is ONE conditional
 * UPDATE on the tenant's period row ({@code ... where spent + reserved + ask <= limit}): PostgreSQL serialises
 * concurrent updates of a row and re-checks the condition on the newest version, so concurrent requests can never
 * reserve past the limit. Runs inside the caller's transaction: a refused quota rolls the budget hold back too.
 *
 * <p>The period rows are the tenant's hot spot: a hold locks its row until the caller's transaction ends, and every
 * other job of the tenant waits for it. So {@link #reserve} is meant to be the LAST step of its transaction (it flushes
 * what the caller wrote first), and a period row is only created when an update found none: the lock is held for
 * the two updates and the commit, not for the rest of the transaction.
 */
@ApplicationScoped
public class Reservations {

    private static final String HOLD_BUDGET = """
            update budget_month set reserved = reserved + ?3
            where tenant_id = ?1 and month = ?2 and spent + reserved + ?3 <= ?4""";
    private static final String HOLD_TOKENS = """
            update token_day set reserved = reserved + ?3
            where tenant_id = ?1 and day = ?2 and used + reserved + ?3 <= ?4""";
    private static final String CREATE_BUDGET_ROW =
            "insert into budget_month (tenant_id, month) values (?1, ?2) on conflict do nothing";
    private static final String CREATE_TOKEN_ROW =
            "insert into token_day (tenant_id, day) values (?1, ?2) on conflict do nothing";

    private final EntityManager entityManager;

    Reservations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public static LocalDate month(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
    }

    public static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * Reserves the estimate for the job, or throws 402 (budget) / 429 (token quota). Needs a transaction; call it
     * last in it (see the class comment).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(Tenant tenant, UUID jobId, WorstCase.Estimate ask) {
        Instant now = Instant.now();
        LocalDate month = month(now);
        LocalDate day = day(now);
        entityManager.createNativeQuery("""
                insert into reservation (job_id, tenant_id, month, day, tokens, cost, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, jobId).setParameter(2, tenant.id).setParameter(3, month).setParameter(4, day)
                .setParameter(5, ask.tokens()).setParameter(6, ask.cost()).setParameter(7, now).executeUpdate();
        // whatever the caller has written goes to the database now, before the tenant's rows are locked
        entityManager.flush();
        if (tenant.monthlyBudget != null && hold(HOLD_BUDGET, CREATE_BUDGET_ROW, tenant.id, month, ask.cost(),
                tenant.monthlyBudget) == 0) {
            throw new ApiException(ProblemType.BUDGET_EXCEEDED, "the monthly budget of " + plain(tenant.monthlyBudget)
                    + " " + tenant.currency + " cannot cover this job's worst case of " + plain(ask.cost()));
        }
        if (tenant.tokenQuotaPerDay != null && hold(HOLD_TOKENS, CREATE_TOKEN_ROW, tenant.id, day, ask.tokens(),
                tenant.tokenQuotaPerDay) == 0) {
            throw new ApiException(ProblemType.TOKEN_QUOTA_EXCEEDED, "the daily quota of " + tenant.tokenQuotaPerDay
                    + " tokens cannot cover this job's worst case of " + ask.tokens() + " tokens", List.of(),
                    java.util.Map.of("Retry-After", Long.toString(secondsToMidnight(now))));
        }
    }

    /**
     * The conditional hold; when it matched no row, the period row may just not exist yet (first job of the month or
     * day): create it and try once more. Also when another job created it first: the insert then waited for that
     * job's commit, and the row it committed is there to update (a refused first job of every new day or month
     * otherwise). Creating it up front on every job cost two statements that wait on the hot row ("on conflict do
     * nothing" waits for a concurrent updater of the conflicting row); now only a miss pays them.
     */
    private int hold(String sql, String createRow, UUID tenantId, LocalDate period, Object ask, Object limit) {
        int held = update(sql, tenantId, period, ask, limit);
        if (held == 0) {
            create(createRow, tenantId, period);
            held = update(sql, tenantId, period, ask, limit);
        }
        return held;
    }

    /**
     * Marks the job's reservation finished: it keeps holding what is left of it until the usage grace has passed
     * ({@link #releaseFinishedBefore}), so usage arriving after the result is still covered. Idempotent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(UUID jobId) {
        entityManager.createNativeQuery("""
                update reservation set finished_at = now()
                where job_id = ?1 and released_at is null and finished_at is null""")
                .setParameter(1, jobId).executeUpdate();
    }

    /** Most reservations {@link #releaseFinishedBefore} releases in one transaction. */
    public static final int RELEASE_BATCH = 500;

    /** Releases the reservations of jobs that finished before {@code cutoff} (at most a batch); returns how many. */
    @Transactional
    public int releaseFinishedBefore(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Object> jobs = entityManager.createNativeQuery("""
                select job_id from reservation
                where released_at is null and finished_at is not null and finished_at < ?1
                order by finished_at limit ?2""")
                .setParameter(1, cutoff).setParameter(2, RELEASE_BATCH).getResultList();
        jobs.forEach(job -> release(toUuid(job)));
        return jobs.size();
    }

    /** Gives back what the job still holds (the job ended or was cancelled). Idempotent. */
    @Transactional
    public void release(UUID jobId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select tenant_id, month, day, tokens, cost from reservation
                where job_id = ?1 and released_at is null for update""")
                .setParameter(1, jobId).getResultList();
        for (Object[] row : rows) {
            entityManager.createNativeQuery(
                    "update reservation set released_at = now(), tokens = 0, cost = 0 where job_id = ?1")
                    .setParameter(1, jobId).executeUpdate();
            giveBack(toUuid(row[0]), toDate(row[1]), toDate(row[2]), ((Number) row[3]).longValue(),
                    (BigDecimal) row[4]);
        }
    }

    /**
     * Moves real usage of a job from "reserved" to "spent": the reservation shrinks by the usage (never below zero)
     * and the period rows get the actual numbers. Usage without a reservation (released already, or an integrator's
     * call) is counted as spent in the period it occurred in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(UUID tenantId, UUID jobId, long tokens, BigDecimal cost, Instant occurredAt) {
        @SuppressWarnings("unchecked")
        List<Object[]> held = jobId == null ? List.of() : entityManager.createNativeQuery("""
                select month, day, tokens, cost from reservation
                where job_id = ?1 and tenant_id = ?2 and released_at is null for update""")
                .setParameter(1, jobId).setParameter(2, tenantId).getResultList();
        LocalDate month = held.isEmpty() ? month(occurredAt) : toDate(held.get(0)[0]);
        LocalDate day = held.isEmpty() ? day(occurredAt) : toDate(held.get(0)[1]);
        long freedTokens = held.isEmpty() ? 0 : Math.min(tokens, ((Number) held.get(0)[2]).longValue());
        BigDecimal freedCost = held.isEmpty() ? BigDecimal.ZERO : cost.min((BigDecimal) held.get(0)[3]);
        if (!held.isEmpty()) {
            entityManager.createNativeQuery("update reservation set tokens = tokens - ?2, cost = cost - ?3 where job_id = ?1")
                    .setParameter(1, jobId).setParameter(2, freedTokens).setParameter(3, freedCost).executeUpdate();
        }
        ensureRows(tenantId, month, day);
        entityManager.createNativeQuery("""
                update budget_month set spent = spent + ?3, reserved = reserved - ?4
                where tenant_id = ?1 and month = ?2""")
                .setParameter(1, tenantId).setParameter(2, month).setParameter(3, cost).setParameter(4, freedCost)
                .executeUpdate();
        entityManager.createNativeQuery("""
                update token_day set used = used + ?3, reserved = reserved - ?4
                where tenant_id = ?1 and day = ?2""")
                .setParameter(1, tenantId).setParameter(2, day).setParameter(3, tokens).setParameter(4, freedTokens)
                .executeUpdate();
    }

    private void giveBack(UUID tenantId, LocalDate month, LocalDate day, long tokens, BigDecimal cost) {
        entityManager.createNativeQuery(
                "update budget_month set reserved = greatest(reserved - ?3, 0) where tenant_id = ?1 and month = ?2")
                .setParameter(1, tenantId).setParameter(2, month).setParameter(3, cost).executeUpdate();
        entityManager.createNativeQuery(
                "update token_day set reserved = greatest(reserved - ?3, 0) where tenant_id = ?1 and day = ?2")
                .setParameter(1, tenantId).setParameter(2, day).setParameter(3, tokens).executeUpdate();
    }

    private void ensureRows(UUID tenantId, LocalDate month, LocalDate day) {
        create(CREATE_BUDGET_ROW, tenantId, month);
        create(CREATE_TOKEN_ROW, tenantId, day);
    }

    private int create(String sql, UUID tenantId, LocalDate period) {
        return entityManager.createNativeQuery(sql).setParameter(1, tenantId).setParameter(2, period).executeUpdate();
    }

    private int update(String sql, UUID tenantId, LocalDate period, Object ask, Object limit) {
        return entityManager.createNativeQuery(sql).setParameter(1, tenantId).setParameter(2, period)
                .setParameter(3, ask).setParameter(4, limit).executeUpdate();
    }

    private static UUID toUuid(Object value) {
        return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long secondsToMidnight(Instant now) {
        Instant midnight = day(now).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Math.max(1, java.time.Duration.between(now, midnight).toSeconds());
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
