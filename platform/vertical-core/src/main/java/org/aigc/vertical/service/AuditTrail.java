package org.aigc.vertical.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.Finding;
import org.aigc.contracts.Json;
import org.aigc.vertical.config.ComplianceConfig;
import org.aigc.vertical.domain.AuditEvent;
import org.aigc.vertical.domain.ComplianceRule;
import org.aigc.vertical.domain.Generation;

/**
 * Writes the audit trail: one row per decision, in the transaction that makes it. Each row carries the instant after
 * which the purge job may delete it: the rule's {@code retention_days} for a finding, at least 180 days for labelling
 * logs (Labeling Measures Art 9), the configured default otherwise.
 */
@ApplicationScoped
public class AuditTrail {

    /** The kind of the labelling log rows. */
    public static final String LABELLED = "LABELLED";
    static final int MIN_LABELLING_DAYS = 180;

    private final ComplianceConfig config;

    AuditTrail(ComplianceConfig config) {
        this.config = config;
    }

    /** A decision that is not a rule's finding (accepted, rejected, model failure, final status). */
    public void decision(Generation generation, String kind, Map<String, ?> detail) {
        AuditEvent event = base(generation.requestId, generation.tenantId, kind);
        event.detail = Json.write(detail);
        event.retainUntil = event.at.plus(Duration.ofDays(defaultDays(kind)));
        event.persist();
    }

    /** One row per finding, with the rule, its source, the action and the excerpt. */
    public void findings(Generation generation, String kind, List<Finding> findings) {
        for (Finding finding : findings) {
            AuditEvent event = base(generation.requestId, generation.tenantId, kind);
            event.ruleId = finding.ruleId();
            event.source = finding.source();
            event.action = finding.action();
            event.excerpt = finding.excerpt();
            event.detail = Json.write(Map.of("message", finding.message()));
            event.retainUntil = event.at.plus(Duration.ofDays(ruleDays(finding.ruleId())));
            event.persist();
        }
    }

    /** A person's action (reviewer decision, rule or template change) on a job or an admin subject. */
    public void adminAction(String subject, String tenantId, String kind, String ruleId, String source, String actor,
            Map<String, ?> detail) {
        AuditEvent event = base(subject, tenantId, kind);
        event.ruleId = ruleId;
        event.source = source;
        event.actor = actor;
        event.detail = Json.write(detail);
        event.retainUntil = event.at.plus(Duration.ofDays(defaultDays(kind)));
        event.persist();
    }

    int defaultDays(String kind) {
        return LABELLED.equals(kind) ? Math.max(MIN_LABELLING_DAYS, config.labellingRetentionDays())
                : config.auditRetentionDays();
    }

    private int ruleDays(String ruleId) {
        ComplianceRule rule = ruleId == null ? null : ComplianceRule.findById(ruleId);
        return rule == null ? config.auditRetentionDays() : rule.retentionDays;
    }

    private static AuditEvent base(String requestId, String tenantId, String kind) {
        AuditEvent event = new AuditEvent();
        event.requestId = requestId;
        event.tenantId = tenantId;
        event.at = Instant.now();
        event.kind = kind;
        return event;
    }
}
