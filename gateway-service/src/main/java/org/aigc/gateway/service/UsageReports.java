package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Usage and cost sums from {@code usage_record}, grouped by day (UTC), model, vertical, task or (admin) tenant. Sums
 * are exact ({@code numeric}); rows of different currencies are never added up (currency is part of the group).
 * The tenant query is served by the covering index {@code (tenant_id, occurred_at) include (...)}, the cross-tenant
 * one by {@code (occurred_at) include (...)}: index-only scans of the period, no table access.
 */
@ApplicationScoped
public class UsageReports {

    /** What the rows are grouped by; each maps to a fixed SQL expression (never caller text). */
    public enum GroupBy {
        DAY("to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD')"),
        MODEL("model"),
        VERTICAL("vertical"),
        TASK("coalesce(task, '')"),
        TENANT("cast(tenant_id as varchar)");

        final String expression;

        GroupBy(String expression) {
            this.expression = expression;
        }

        public static Optional<GroupBy> parse(String text) {
            try {
                return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                return Optional.empty();
            }
        }
    }

    /** One group's sums. {@code cost} is exact. */
    public record Line(String key, String currency, long calls, long promptTokens, long completionTokens,
            BigDecimal cost) {
        public long totalTokens() {
            return promptTokens + completionTokens;
        }
    }

    private final EntityManager entityManager;

    UsageReports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Sums of one tenant (or, with an empty tenant, of all tenants) in {@code [from, to)}. */
    @Transactional
    public List<Line> report(Optional<UUID> tenantId, Instant from, Instant to, GroupBy groupBy) {
        String sql = "select " + groupBy.expression + " as k, currency, count(*), coalesce(sum(prompt_tokens), 0), "
                + "coalesce(sum(completion_tokens), 0), coalesce(sum(cost), 0) from usage_record "
                + "where occurred_at >= ?1 and occurred_at < ?2" + (tenantId.isPresent() ? " and tenant_id = ?3" : "")
                + " group by 1, 2 order by 1, 2";
        var query = entityManager.createNativeQuery(sql).setParameter(1, from).setParameter(2, to);
        tenantId.ifPresent(id -> query.setParameter(3, id));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Line> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            lines.add(new Line((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), (BigDecimal) row[5]));
        }
        return lines;
    }
}
