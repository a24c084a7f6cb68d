package org.aigc.games.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A non-player character of a world: who it is, how it speaks and what it cannot know. */
@Entity
@Table(name = "game_character")
public class GameCharacter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "world_id")
    public Long worldId;

    public String name;

    public String persona;

    public String backstory;

    @Column(name = "speech_style")
    public String speechStyle;

    @Column(name = "knowledge_limits")
    public String knowledgeLimits;

    public static Optional<GameCharacter> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
