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
import org.hibernate.annotations.ColumnTransformer;

/** One row of the append-only audit trail (the table refuses updates and deletes). */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "tenant_id")
    public String tenantId;

    public Instant at;

    public String kind;

    @Column(name = "rule_id")
    public String ruleId;

    public String source;

    public String action;

    public String excerpt;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String detail;

    /** After this instant the purge job may delete the row; null keeps it. */
    @Column(name = "retain_until")
    public Instant retainUntil;

    /** The person behind a human action (reviewer, rule administrator). */
    public String actor;

    public static List<AuditEvent> forRequest(String tenantId, String requestId) {
        return list("tenantId = ?1 and requestId = ?2 order by id", tenantId, requestId);
    }
}
