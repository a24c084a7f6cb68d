package org.aigc.vertical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/** The vertical's record of one generation request, from receipt to its final status. */
@Entity
@Table(name = "generation")
public class Generation extends PanacheEntityBase {

    /** Waiting for the model call's result; every other status is written together with GenerationCompleted. */
    public static final String GENERATING = "GENERATING";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "tenant_id")
    public String tenantId;

    public String task;

    public String status;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String input;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String options;

    @Column(name = "template_version")
    public Integer templateVersion;

    public String model;

    @Column(name = "call_id")
    public String callId;

    public String content;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String output;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String findings = "[]";

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String labels;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String usage;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String timings;

    @Column(name = "error_code")
    public String errorCode;

    public String reason;

    /** The rendered messages sent to the model (JSON array of chat messages). */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String prompt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** The reviewer's reason (rejection) or note (approval). */
    @Column(name = "review_note")
    public String reviewNote;

    /** The reviewer replaced the model's text. */
    public boolean edited;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Generation> byTenantAndRequestId(String tenantId, String requestId) {
        return find("tenantId = ?1 and requestId = ?2", tenantId, requestId).firstResultOptional();
    }

    public static Optional<Generation> byRequestId(String requestId) {
        return find("requestId", requestId).firstResultOptional();
    }

    /**
     * Holds a transaction-scoped lock on the request id (a PostgreSQL advisory lock; the row may not exist yet), so two
     * deliveries of the same request processed at once cannot both record it: the second waits, then finds the row.
     */
    public static void lockRequestId(String requestId) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, requestId).getSingleResult();
    }

    /** Locks the row, so two deliveries of the same model result cannot both finish the generation. */
    public static Optional<Generation> lockByRequestId(String requestId) {
        return find("requestId", requestId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
