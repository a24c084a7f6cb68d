package org.aigc.vertical.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.Finding;
import org.aigc.contracts.Json;
import org.aigc.vertical.domain.AuditEvent;
import org.aigc.vertical.domain.Generation;

/** Writes the audit trail: one row per decision, in the transaction that makes it. */
@ApplicationScoped
public class AuditTrail {

    /** A decision that is not a rule's finding (accepted, rejected, model failure, final status). */
    public void decision(Generation generation, String kind, Map<String, ?> detail) {
        AuditEvent event = base(generation, kind);
        event.detail = Json.write(detail);
        event.persist();
    }

    /** One row per finding, with the rule, its source, the action and the excerpt. */
    public void findings(Generation generation, String kind, List<Finding> findings) {
        for (Finding finding : findings) {
            AuditEvent event = base(generation, kind);
            event.ruleId = finding.ruleId();
            event.source = finding.source();
            event.action = finding.action();
            event.excerpt = finding.excerpt();
            event.detail = Json.write(Map.of("message", finding.message()));
            event.persist();
        }
    }

    private static AuditEvent base(Generation generation, String kind) {
        AuditEvent event = new AuditEvent();
        event.requestId = generation.requestId;
        event.tenantId = generation.tenantId;
        event.at = Instant.now();
        event.kind = kind;
        return event;
    }
}
