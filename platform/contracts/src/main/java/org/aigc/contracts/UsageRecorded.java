package org.aigc.contracts;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Tokens and cost of one model call, for metering. Topic {@code aigc.usage}, key tenantId.
 *
 * @param cost     exact decimal, serialised as a string so no consumer rounds it through a double
 * @param cacheHit answered from the response cache at zero provider cost
 */
public record UsageRecorded(
        String eventId,
        String requestId,
        String tenantId,
        String vertical,
        Instant occurredAt,
        int schemaVersion,
        String callId,
        String task,
        String model,
        String providerModel,
        int promptTokens,
        int completionTokens,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal cost,
        String currency,
        boolean cacheHit) implements Event {

    public static UsageRecorded of(ModelCallRequested call, String model, String providerModel, TokenUsage usage,
            BigDecimal cost, String currency, boolean cacheHit) {
        return new UsageRecorded(UUID.randomUUID().toString(), call.requestId(), call.tenantId(), call.vertical(),
                Instant.now(), SCHEMA_VERSION, call.callId(), call.task(), model, providerModel, usage.promptTokens(),
                usage.completionTokens(), cost, currency, cacheHit);
    }
}
