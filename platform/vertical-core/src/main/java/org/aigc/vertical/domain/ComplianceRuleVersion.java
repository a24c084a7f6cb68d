package org.aigc.vertical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.aigc.contracts.Json;
import org.hibernate.annotations.ColumnTransformer;

/** One version of a rule as it was after a change (the rule's history). */
@Entity
@Table(name = "compliance_rule_version")
public class ComplianceRuleVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rule_id")
    public String ruleId;

    public int version;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String snapshot;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** Records a rule's new version; {@code rule} is any object with {@code id()} and {@code version()} fields. */
    public static void record(org.aigc.vertical.admin.RuleView rule, String actor) {
        ComplianceRuleVersion v = new ComplianceRuleVersion();
        v.ruleId = rule.id();
        v.version = rule.version();
        v.snapshot = Json.write(rule);
        v.changedBy = actor;
        v.changedAt = Instant.now();
        v.persist();
    }

    public static List<ComplianceRuleVersion> forRule(String ruleId) {
        return list("ruleId = ?1 order by version", ruleId);
    }
}
