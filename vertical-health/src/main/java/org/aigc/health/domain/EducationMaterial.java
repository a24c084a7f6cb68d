package org.aigc.health.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A patient-education text of a tenant; once a clinician has reviewed it, prompts may use it as a reference. */
@Entity
@Table(name = "education_material")
public class EducationMaterial extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String topic;

    @Column(name = "reading_level")
    public String readingLevel;

    public String locale;

    public String body;

    /** The reviewing clinician's id; null while unreviewed. */
    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<EducationMaterial> byId(String tenantId, long id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** Up to three reviewed materials on the topic (same language first). */
    public static List<EducationMaterial> reviewedOnTopic(String tenantId, String topic, String locale) {
        String language = locale == null || locale.length() < 2 ? "en" : locale.substring(0, 2);
        return find("tenantId = ?1 and lower(topic) = lower(?2) and reviewedBy is not null "
                + "order by case when locale like ?3 then 0 else 1 end, id", tenantId, topic.strip(), language + "%")
                .page(0, 3).list();
    }
}
