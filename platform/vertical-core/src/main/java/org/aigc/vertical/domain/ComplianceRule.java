package org.aigc.vertical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A compliance rule as stored; see the migration for the meaning of each column. */
@Entity
@Table(name = "compliance_rule")
public class ComplianceRule extends PanacheEntityBase {

    @Id
    public String id;

    public String stage;

    public String kind;

    public String pattern;

    @Column(columnDefinition = "jsonb")
    @org.hibernate.annotations.ColumnTransformer(write = "?::jsonb")
    public String terms;

    @Column(name = "allow_list", columnDefinition = "jsonb")
    @org.hibernate.annotations.ColumnTransformer(write = "?::jsonb")
    public String allowList;

    public String action;

    public String replacement;

    public String message;

    public String source;

    public String locale;

    @Column(columnDefinition = "jsonb")
    @org.hibernate.annotations.ColumnTransformer(write = "?::jsonb")
    public String tasks;

    public boolean sensitive;

    public boolean enabled;

    public int version;

    /** For AMEND: trailing letters/digits the mask keeps (0-4); null keeps none. */
    @Column(name = "keep_last")
    public Integer keepLast;

    /** How long audit rows of this rule's findings are kept. */
    @Column(name = "retention_days")
    public int retentionDays = 180;

    @Column(name = "updated_at")
    public java.time.Instant updatedAt = java.time.Instant.now();

    @Column(name = "updated_by")
    public String updatedBy;

    public static List<ComplianceRule> allById() {
        return list("order by id");
    }

    public static List<ComplianceRule> enabledFor(String stage) {
        return list("stage = ?1 and enabled = true order by id", stage);
    }
}
