package org.aigc.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** A tenant asks an industry service for content. Topic {@code aigc.requests.<vertical>}, key requestId. */
public record GenerationRequested(
        String eventId,
        String requestId,
        String tenantId,
        String vertical,
        Instant occurredAt,
        int schemaVersion,
        String task,
        JsonNode input,
        GenerationOptions options) implements Event {

    public static GenerationRequested of(String requestId, String tenantId, String vertical, String task,
            JsonNode input, GenerationOptions options) {
        return new GenerationRequested(UUID.randomUUID().toString(), requestId, tenantId, vertical, Instant.now(),
                SCHEMA_VERSION, task, input, options == null ? GenerationOptions.none() : options);
    }
}
