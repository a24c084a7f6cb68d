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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One exchange of a dialogue session: what the player said and what the character answered. */
@Entity
@Table(name = "dialogue_turn")
public class DialogueTurn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JsonIgnore
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "player_text")
    public String playerText;

    @Column(name = "npc_text")
    public String npcText;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The last {@code n} turns, oldest first (the order a prompt tells them in). */
    public static List<DialogueTurn> lastTurns(String tenantId, Long sessionId, int n) {
        List<DialogueTurn> newestFirst = new ArrayList<>(find("tenantId = ?1 and sessionId = ?2 order by id desc",
                tenantId, sessionId).page(0, n).list());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public static boolean recorded(String requestId) {
        return count("requestId", requestId) > 0;
    }
}
