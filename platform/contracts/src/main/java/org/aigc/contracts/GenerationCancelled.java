package org.aigc.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A caller cancelled its job ({@code DELETE /api/v1/jobs/{id}}). Topic {@code aigc.cancellations}, key requestId.
 * A hint to stop work, not a command that must succeed: the generation service skips a model call of this request
 * that has not started yet, so it is neither made nor billed; a call already running finishes and is billed.
 */
public record GenerationCancelled(
        String eventId,
        String requestId,
        String tenantId,
        String vertical,
        Instant occurredAt,
        int schemaVersion) implements Event {

    public static GenerationCancelled of(String requestId, String tenantId, String vertical) {
        return new GenerationCancelled(UUID.randomUUID().toString(), requestId, tenantId, vertical, Instant.now(),
                SCHEMA_VERSION);
    }
}
