package org.aigc.vertical.admin;

import java.time.Instant;
import java.util.List;
import org.aigc.vertical.compliance.ComplianceEngine;
import org.aigc.vertical.domain.ComplianceRule;

/** A compliance rule as the admin API reads and writes it (see {@code compliance_rule} for each field). */
public record RuleView(String id, String stage, String kind, String pattern, List<String> terms,
        List<String> allowList, String action, String replacement, String message, String source, String locale,
        List<String> tasks, Boolean sensitive, Boolean enabled, Integer keepLast, Integer retentionDays,
        Integer version, Instant updatedAt, String updatedBy) {

    public static RuleView of(ComplianceRule r) {
        return new RuleView(r.id, r.stage, r.kind, r.pattern, ComplianceEngine.list(r.terms),
                ComplianceEngine.list(r.allowList), r.action, r.replacement, r.message, r.source, r.locale,
                r.tasks == null ? null : ComplianceEngine.list(r.tasks), r.sensitive, r.enabled, r.keepLast,
                r.retentionDays, r.version, r.updatedAt, r.updatedBy);
    }
}
