package org.aigc.games.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/** A quest of a world (written by designers or kept from a generated {@code quest} output). */
@Entity
@Table(name = "quest")
public class Quest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "world_id")
    public Long worldId;

    public String title;

    public String hook;

    @Column(name = "level_min")
    public int levelMin;

    @Column(name = "level_max")
    public int levelMax;

    /** Objectives, steps and rewards as a JSON object (the quest task's output shape). */
    @JsonRawValue
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String body = "{}";

    public static Optional<Quest> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
