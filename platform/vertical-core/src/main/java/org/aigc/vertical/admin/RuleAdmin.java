package org.aigc.vertical.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aigc.contracts.Json;
import org.aigc.vertical.compliance.ComplianceEngine;
import org.aigc.vertical.domain.ComplianceRule;
import org.aigc.vertical.domain.ComplianceRuleVersion;
import org.aigc.vertical.rest.Problems;
import org.aigc.vertical.service.AuditTrail;

/**
 * Creates and changes rules. Each change bumps the rule's version, keeps the new version in
 * {@code compliance_rule_version} and writes an audit row (who, before, after). The engine reads the table on every
 * screening, so a change applies to the next request without a restart.
 */
@ApplicationScoped
public class RuleAdmin {

    private final ComplianceEngine engine;
    private final AuditTrail audit;

    RuleAdmin(ComplianceEngine engine, AuditTrail audit) {
        this.engine = engine;
        this.audit = audit;
    }

    @Transactional
    public RuleView create(RuleView input, String tenantId, String actor) {
        if (input.id() != null && ComplianceRule.findById(input.id()) != null) {
            throw Problems.conflict("rule " + input.id() + " exists; use PUT or PATCH to change it");
        }
        ComplianceRule row = new ComplianceRule();
        row.id = input.id();
        row.version = 0;
        return save(row, input, tenantId, actor, "RULE_CREATED", null);
    }

    /** Replaces the rule's definition with {@code input} (absent fields take their defaults). */
    @Transactional
    public RuleView replace(String id, RuleView input, String tenantId, String actor) {
        ComplianceRule row = existing(id);
        RuleView before = RuleView.of(row);
        return save(row, withId(input, id), tenantId, actor, "RULE_UPDATED", before);
    }

    /** Changes only the fields present in {@code patch}, e.g. {@code {"enabled": false}}. */
    @Transactional
    public RuleView patch(String id, JsonNode patch, String tenantId, String actor) {
        ComplianceRule row = existing(id);
        RuleView before = RuleView.of(row);
        ObjectNode merged = (ObjectNode) Json.MAPPER.valueToTree(before);
        patch.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        RuleView input;
        try {
            input = Json.MAPPER.convertValue(merged, RuleView.class);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("the patch does not fit the rule's fields: " + e.getMessage());
        }
        return save(row, withId(input, id), tenantId, actor, "RULE_UPDATED", before);
    }

    public List<ComplianceRuleVersion> versions(String id) {
        existing(id);
        return ComplianceRuleVersion.forRule(id);
    }

    private RuleView save(ComplianceRule row, RuleView in, String tenantId, String actor, String kind,
            RuleView before) {
        List<String> problems = RuleValidator.problems(in, engine.checkNames());
        if (!problems.isEmpty()) {
            throw Problems.invalid(String.join("; ", problems));
        }
        row.stage = in.stage().toUpperCase(Locale.ROOT);
        row.kind = in.kind().toUpperCase(Locale.ROOT);
        row.pattern = in.pattern();
        row.terms = Json.write(in.terms() == null ? List.of() : in.terms());
        row.allowList = Json.write(in.allowList() == null ? List.of() : in.allowList());
        row.action = in.action().toUpperCase(Locale.ROOT);
        row.replacement = in.replacement();
        row.message = in.message();
        row.source = in.source();
        row.locale = in.locale();
        row.tasks = in.tasks() == null ? null : Json.write(in.tasks());
        row.sensitive = Boolean.TRUE.equals(in.sensitive());
        row.enabled = in.enabled() == null || in.enabled();
        row.keepLast = in.keepLast();
        row.retentionDays = in.retentionDays() == null ? 180 : in.retentionDays();
        row.version = row.version + 1;
        row.updatedAt = Instant.now();
        row.updatedBy = actor;
        row.persistAndFlush();
        RuleView after = RuleView.of(row);
        ComplianceRuleVersion.record(after, actor);
        Map<String, Object> detail = new HashMap<>();
        detail.put("version", row.version);
        detail.put("after", after);
        if (before != null) {
            detail.put("before", before);
        }
        audit.adminAction("rule:" + row.id, tenantId, kind, row.id, row.source, actor, detail);
        return after;
    }

    private static RuleView withId(RuleView in, String id) {
        return new RuleView(id, in.stage(), in.kind(), in.pattern(), in.terms(), in.allowList(), in.action(),
                in.replacement(), in.message(), in.source(), in.locale(), in.tasks(), in.sensitive(), in.enabled(),
                in.keepLast(), in.retentionDays(), null, null, null);
    }

    private static ComplianceRule existing(String id) {
        ComplianceRule row = ComplianceRule.findById(id);
        if (row == null) {
            throw Problems.notFound("no rule " + id);
        }
        return row;
    }
}
