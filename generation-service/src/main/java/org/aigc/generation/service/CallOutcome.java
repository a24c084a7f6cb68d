package org.aigc.generation.service;

import java.math.BigDecimal;
import java.util.Optional;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.contracts.UsageRecorded;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.Pricing;

/**
 * How one call ended, with everything the result and the usage record need.
 *
 * @param model         the model that answered or failed ({@code offline}, {@code default}); the requested alias when
 *                      it is unknown
 * @param reply         the answer, or null when the call failed
 * @param failure       why the call failed, or null when it succeeded
 */
public record CallOutcome(String model, String providerModel, Pricing pricing, ModelReply reply,
        ModelCallException failure, long latencyMs) {

    public static CallOutcome ok(String model, Pricing pricing, ModelReply reply, long latencyMs) {
        return new CallOutcome(model, reply.providerModel(), pricing, reply, null, latencyMs);
    }

    public static CallOutcome failed(String model, String providerModel, Pricing pricing, ModelCallException failure,
            long latencyMs) {
        return new CallOutcome(model, providerModel, pricing, null, failure, latencyMs);
    }

    public boolean ok() {
        return failure == null;
    }

    public TokenUsage usage() {
        return ok() ? reply.usage() : failure.usage();
    }

    public ModelCallCompleted completed(ModelCallRequested call) {
        if (ok()) {
            return ModelCallCompleted.ok(call, reply.content(), model, reply.providerModel(), reply.finishReason(),
                    reply.usage(), latencyMs, null);
        }
        return ModelCallCompleted.failed(call, model, failure.code().name(), failure.getMessage(), failure.usage(),
                latencyMs, null);
    }

    /** The usage record; none for a failure that spent no tokens. */
    public Optional<UsageRecorded> usageRecord(ModelCallRequested call) {
        TokenUsage usage = usage();
        if (!ok() && usage.totalTokens() == 0) {
            return Optional.empty();
        }
        BigDecimal cost = pricing.cost(usage);
        return Optional.of(UsageRecorded.of(call, model, providerModel, usage, cost, pricing.currency(), false));
    }
}
