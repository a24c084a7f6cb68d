package org.aigc.vertical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** One version of a task's Qute prompt; active versions share traffic by weight. */
@Entity
@Table(name = "prompt_template")
public class PromptTemplate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String task;

    public int version;

    @Column(name = "system_template")
    public String systemTemplate;

    @Column(name = "user_template")
    public String userTemplate;

    public boolean active;

    public int weight;

    @Column(name = "created_at")
    public java.time.Instant createdAt = java.time.Instant.now();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public java.time.Instant updatedAt = java.time.Instant.now();

    public static List<PromptTemplate> allFor(String task) {
        return list("task = ?1 order by version", task);
    }

    public static java.util.Optional<PromptTemplate> version(String task, int version) {
        return find("task = ?1 and version = ?2", task, version).firstResultOptional();
    }

    public static List<PromptTemplate> activeFor(String task) {
        return list("task = ?1 and active = true order by version", task);
    }
}
