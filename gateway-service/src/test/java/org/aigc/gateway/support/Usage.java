package org.aigc.gateway.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.aigc.contracts.UsageRecorded;

/** UsageRecorded events as the generation service publishes them. */
public final class Usage {

    private Usage() {
    }

    public static UsageRecorded of(String tenantId, String requestId, String vertical, String task, String model,
            int prompt, int completion, String cost) {
        return at(tenantId, requestId, vertical, task, model, prompt, completion, cost, Instant.now());
    }

    public static UsageRecorded at(String tenantId, String requestId, String vertical, String task, String model,
            int prompt, int completion, String cost, Instant at) {
        return new UsageRecorded(UUID.randomUUID().toString(), requestId, tenantId, vertical, at,
                UsageRecorded.SCHEMA_VERSION, "call-" + UUID.randomUUID(), task, model, model + "-provider", prompt,
                completion, new BigDecimal(cost), "USD", false);
    }
}
