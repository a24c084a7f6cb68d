package org.aigc.gateway.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One generation request of a tenant and, once the industry service answered, its result. The id is the requestId of
 * the events, so a result finds its job by key.
 */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    public String vertical;

    public String task;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    /** The caller's input object, as JSON text. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String input;

    /** The caller's options, as JSON text. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String options;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The {@link JobResult} as JSON text, null while pending. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;

    /** eventId of the last applied GenerationCompleted, so a redelivered record is recognised. */
    @Column(name = "last_event_id")
    public String lastEventId;

    public static Job pending(UUID id, UUID tenantId, String vertical, String task, String input, String options) {
        Job job = new Job();
        job.id = id;
        job.tenantId = tenantId;
        job.vertical = vertical;
        job.task = task;
        job.status = JobStatus.PENDING;
        job.input = input;
        job.options = options;
        job.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return job;
    }

    /** Whether the job can still change: pending, or held for review (a reviewer's decision follows). */
    public boolean isOpen() {
        return status.isOpen();
    }
}
