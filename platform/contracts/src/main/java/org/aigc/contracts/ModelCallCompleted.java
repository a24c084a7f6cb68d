package org.aigc.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The generation service's answer to one {@link ModelCallRequested}. Topic {@code aigc.model-results.<vertical>}.
 *
 * @param status        {@code OK} or {@code FAILED}
 * @param model         alias of the model that answered ({@code offline} for the built-in development model)
 * @param providerModel the provider's model id that reached the wire
 * @param errorCode     stable code when FAILED, e.g. {@code MODEL_UNKNOWN}, {@code MODEL_TIMEOUT}
 * @param fallbackReason why an earlier model in the fallback chain did not answer, or null
 */
public record ModelCallCompleted(
        String eventId,
        String requestId,
        String tenantId,
        String vertical,
        Instant occurredAt,
        int schemaVersion,
        String callId,
        String status,
        String content,
        String model,
        String providerModel,
        String finishReason,
        TokenUsage usage,
        long latencyMs,
        String errorCode,
        String errorMessage,
        String fallbackReason) implements Event {

    public static final String OK = "OK";
    public static final String FAILED = "FAILED";

    public boolean ok() {
        return OK.equals(status);
    }

    public static ModelCallCompleted ok(ModelCallRequested call, String content, String model, String providerModel,
            String finishReason, TokenUsage usage, long latencyMs, String fallbackReason) {
        return new ModelCallCompleted(UUID.randomUUID().toString(), call.requestId(), call.tenantId(),
                call.vertical(), Instant.now(), SCHEMA_VERSION, call.callId(), OK, content, model, providerModel,
                finishReason, usage, latencyMs, null, null, fallbackReason);
    }

    public static ModelCallCompleted failed(ModelCallRequested call, String model, String errorCode,
            String errorMessage, TokenUsage usage, long latencyMs, String fallbackReason) {
        return new ModelCallCompleted(UUID.randomUUID().toString(), call.requestId(), call.tenantId(),
                call.vertical(), Instant.now(), SCHEMA_VERSION, call.callId(), FAILED, null, model, null, null,
                usage == null ? TokenUsage.ZERO : usage, latencyMs, errorCode, errorMessage, fallbackReason);
    }
}
