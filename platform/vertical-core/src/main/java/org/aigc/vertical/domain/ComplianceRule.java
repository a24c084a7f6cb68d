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

    public static List<ComplianceRule> enabledFor(String stage) {
        return list("stage = ?1 and enabled = true order by id", stage);
    }
}
