package org.aigc.games.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.aigc.contracts.FieldError;
import org.aigc.games.domain.DialogueSession;
import org.aigc.vertical.service.EnrichmentException;

/** The dialogue session an npc-dialogue request belongs to: its {@code sessionId}, else the player's with the NPC. */
public final class SessionResolver {

    private SessionResolver() {
    }

    /** The session, or null when the request names neither a session nor a player (a conversation without memory). */
    public static DialogueSession resolve(String tenantId, Long characterId, JsonNode input, boolean create) {
        Long sessionId = PromptData.id(input, "sessionId");
        if (sessionId != null) {
            DialogueSession session = DialogueSession.byId(tenantId, sessionId).orElse(null);
            if (session == null || !session.characterId.equals(characterId)) {
                throw new EnrichmentException("UNKNOWN_SESSION", "no session " + sessionId
                        + " with this character for your tenant",
                        List.of(new FieldError("sessionId", "no session with this id for the character")));
            }
            return session;
        }
        String playerId = input.path("playerId").asText("");
        if (playerId.isBlank()) {
            return null;
        }
        return create ? DialogueSession.findOrCreate(tenantId, characterId, playerId)
                : DialogueSession.of(tenantId, characterId, playerId).orElse(null);
    }
}
