package org.aigc.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * One streamed delta of a model call. Topic {@code aigc.model-chunks}, key requestId, so a request's chunks stay in
 * order on one partition. {@code seq} starts at 0; the last chunk has {@code done=true}, and a stream cut off by the
 * provider ends with a chunk carrying an {@code errorCode}.
 */
public record ModelChunk(
        String eventId,
        String requestId,
        String tenantId,
        String vertical,
        Instant occurredAt,
        int schemaVersion,
        String callId,
        int seq,
        String delta,
        boolean done,
        String errorCode) implements Event {

    public static ModelChunk delta(ModelCallRequested call, int seq, String delta) {
        return new ModelChunk(UUID.randomUUID().toString(), call.requestId(), call.tenantId(), call.vertical(),
                Instant.now(), SCHEMA_VERSION, call.callId(), seq, delta, false, null);
    }

    public static ModelChunk end(ModelCallRequested call, int seq, String errorCode) {
        return new ModelChunk(UUID.randomUUID().toString(), call.requestId(), call.tenantId(), call.vertical(),
                Instant.now(), SCHEMA_VERSION, call.callId(), seq, "", true, errorCode);
    }
}
