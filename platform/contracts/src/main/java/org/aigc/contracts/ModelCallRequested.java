package org.aigc.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An industry service asks the generation service for one model call. Topic {@code aigc.model-calls}, key requestId.
 *
 * @param callId         unique per call; a repair call for the same request gets a new one
 * @param model          model alias from the registry (never a provider model id)
 * @param responseSchema JSON Schema the answer must satisfy (sent as the OpenAI {@code response_format}), or null
 *                       for plain text
 * @param task           the task, for metering
 */
public record ModelCallRequested(
        String eventId,
        String requestId,
        String tenantId,
        String vertical,
        Instant occurredAt,
        int schemaVersion,
        String callId,
        String task,
        String model,
        List<ChatMessage> messages,
        Double temperature,
        Integer maxTokens,
        JsonNode responseSchema,
        boolean stream) implements Event {

    public static ModelCallRequested of(String requestId, String tenantId, String vertical, String callId, String task,
            String model, List<ChatMessage> messages, Double temperature, Integer maxTokens, JsonNode responseSchema,
            boolean stream) {
        return new ModelCallRequested(UUID.randomUUID().toString(), requestId, tenantId, vertical, Instant.now(),
                SCHEMA_VERSION, callId, task, model, List.copyOf(messages), temperature, maxTokens, responseSchema,
                stream);
    }
}
