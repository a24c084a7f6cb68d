package org.aigc.games.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.Json;
import org.aigc.games.domain.DialogueSession;
import org.aigc.games.domain.DialogueTurn;
import org.aigc.vertical.domain.Generation;

/** Stores a completed NPC reply as a turn of the player's session with the character. */
@ApplicationScoped
public class DialogueMemory {

    @Transactional
    public void record(GenerationCompleted result) {
        if (DialogueTurn.recorded(result.requestId())) {
            return;
        }
        Generation generation = Generation.byRequestId(result.requestId()).orElse(null);
        if (generation == null || !generation.tenantId.equals(result.tenantId())) {
            return;
        }
        JsonNode input = Json.tree(generation.input);
        Long characterId = PromptData.id(input, "characterId");
        if (characterId == null) {
            return; // inline persona: there is no stored character to remember for
        }
        DialogueSession session;
        try {
            session = SessionResolver.resolve(generation.tenantId, characterId, input, false);
        } catch (RuntimeException e) {
            return; // the session was deleted meanwhile
        }
        if (session == null) {
            return;
        }
        DialogueTurn turn = new DialogueTurn();
        turn.tenantId = generation.tenantId;
        turn.sessionId = session.id;
        turn.requestId = result.requestId();
        turn.playerText = input.path("utterance").asText();
        turn.npcText = withoutLabel(result);
        turn.createdAt = Instant.now();
        turn.persist();
    }

    /** The reply as the character said it: the explicit AI label appended for the player is not part of the memory. */
    static String withoutLabel(GenerationCompleted result) {
        String content = result.content() == null ? "" : result.content();
        String label = result.labels() == null ? null : result.labels().explicit();
        if (label != null && content.endsWith("\n\n" + label)) {
            content = content.substring(0, content.length() - label.length() - 2);
        }
        return content.length() > 2000 ? content.substring(0, 2000) : content;
    }
}
