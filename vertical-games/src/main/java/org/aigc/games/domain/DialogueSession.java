package org.aigc.games.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The conversation of one player with one character; its turns are the character's memory. */
@Entity
@Table(name = "dialogue_session")
public class DialogueSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "character_id")
    public Long characterId;

    @Column(name = "player_id")
    public String playerId;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<DialogueSession> byId(String tenantId, Long id) {
        return id == null ? Optional.empty() : find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public static Optional<DialogueSession> of(String tenantId, Long characterId, String playerId) {
        return find("tenantId = ?1 and characterId = ?2 and playerId = ?3", tenantId, characterId, playerId)
                .firstResultOptional();
    }

    /** The session of the player with the character, created on first contact. */
    public static DialogueSession findOrCreate(String tenantId, Long characterId, String playerId) {
        return of(tenantId, characterId, playerId).orElseGet(() -> {
            DialogueSession session = new DialogueSession();
            session.tenantId = tenantId;
            session.characterId = characterId;
            session.playerId = playerId;
            session.createdAt = Instant.now();
            session.persist();
            return session;
        });
    }
}
