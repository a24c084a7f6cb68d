package org.aigc.health.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A clinical note, stored de-identified only: the API de-identifies the text before this row is written. */
@Entity
@Table(name = "clinical_note")
public class ClinicalNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String title;

    public String specialty;

    public String text;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<ClinicalNote> byId(String tenantId, long id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
