package org.aigc.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer of the platform and its policy. The allow lists are kept as comma-separated slugs; null means no
 * restriction. Limits that are null are not enforced.
 */
@Entity
@Table(name = "tenant")
public class Tenant extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "allowed_verticals")
    public String allowedVerticals;

    @Column(name = "allowed_tasks")
    public String allowedTasks;

    @Column(name = "allowed_models")
    public String allowedModels;

    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    @Column(name = "token_quota_per_day")
    public Long tokenQuotaPerDay;

    @Column(name = "monthly_budget", precision = 24, scale = 10)
    public BigDecimal monthlyBudget;

    public String currency;

    public static Tenant create(String name) {
        Tenant tenant = new Tenant();
        tenant.id = UUID.randomUUID();
        tenant.name = name;
        tenant.currency = "USD";
        tenant.createdAt = Instant.now();
        return tenant;
    }

    public static List<Tenant> page(int offset, int limit) {
        return find("order by createdAt, id").range(offset, offset + limit - 1).list();
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public boolean allowsVertical(String vertical) {
        return Allowlist.allows(allowedVerticals, vertical);
    }

    public boolean allowsTask(String vertical, String task) {
        // a task may be named plainly ("quest") or qualified by its vertical ("games/quest")
        return allowedTasks == null || Allowlist.allows(allowedTasks, task)
                || Allowlist.allows(allowedTasks, vertical + "/" + task);
    }

    public boolean allowsModel(String model) {
        return Allowlist.allows(allowedModels, model);
    }
}
