package org.aigc.generation.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.contracts.UsageRecorded;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.Pricing;

/**
 * How one call ended, with everything the result and the usage records need.
 *
 * @param model          alias of the model that answered or failed last; the requested alias when it is unknown
 * @param reply          the answer, or null when the call failed
 * @param failure        why the call failed, or null when it succeeded
 * @param fallbackReason why earlier models of the fallback chain did not answer, or null
 * @param cacheHit       answered from the response cache, without calling a model
 * @param earlier        tokens that failed earlier models of the chain still billed
 */
public record CallOutcome(String model, String providerModel, Pricing pricing, ModelReply reply,
        ModelCallException failure, long latencyMs, String fallbackReason, boolean cacheHit, List<Spend> earlier) {

    /** Finish reason reported for an answer taken from the cache (the contract has no cache-hit field). */
    public static final String CACHE_FINISH_REASON = "cache";

    /** Tokens one model spent on a call. */
    public record Spend(String model, String providerModel, Pricing pricing, TokenUsage usage) {
    }

    public static CallOutcome ok(String model, Pricing pricing, ModelReply reply, long latencyMs) {
        return new CallOutcome(model, reply.providerModel(), pricing, reply, null, latencyMs, null, false, List.of());
    }

    public static CallOutcome failed(String model, String providerModel, Pricing pricing, ModelCallException failure,
            long latencyMs) {
        return new CallOutcome(model, providerModel, pricing, null, failure, latencyMs, null, false, List.of());
    }

    public static CallOutcome cached(String model, ModelReply reply, Pricing pricing, long latencyMs) {
        return new CallOutcome(model, reply.providerModel(), pricing, reply, null, latencyMs, null, true, List.of());
    }

    public CallOutcome afterFallbacks(String reason, List<Spend> spent) {
        return new CallOutcome(model, providerModel, pricing, reply, failure, latencyMs, reason, cacheHit,
                List.copyOf(spent));
    }

    public boolean ok() {
        return failure == null;
    }

    public TokenUsage usage() {
        if (cacheHit) {
            return TokenUsage.ZERO;
        }
        return ok() ? reply.usage() : failure.usage();
    }

    public ModelCallCompleted completed(ModelCallRequested call) {
        ModelCallCompleted completed = ok()
                ? ModelCallCompleted.ok(call, reply.content(), model, reply.providerModel(),
                        cacheHit ? CACHE_FINISH_REASON : reply.finishReason(), usage(), latencyMs, fallbackReason)
                : ModelCallCompleted.failed(call, model, failure.code().name(), failure.getMessage(), usage(),
                        latencyMs, fallbackReason);
        return CallEventIds.completed(completed);
    }

    /**
     * Usage records (event ids derived from the callId, see {@link CallEventIds}): one per model that spent tokens (a failure that spent none records nothing), and a zero-cost
     * record flagged {@code cacheHit} for an answer from the cache.
     */
    public List<UsageRecorded> usageRecords(ModelCallRequested call) {
        List<UsageRecorded> records = new ArrayList<>();
        for (Spend spend : earlier) {
            if (spend.usage().totalTokens() > 0) {
                records.add(UsageRecorded.of(call, spend.model(), spend.providerModel(), spend.usage(),
                        spend.pricing().cost(spend.usage()), spend.pricing().currency(), false));
            }
        }
        if (cacheHit) {
            records.add(UsageRecorded.of(call, model, providerModel, TokenUsage.ZERO, BigDecimal.ZERO,
                    pricing.currency(), true));
        } else if (ok() || usage().totalTokens() > 0) {
            records.add(UsageRecorded.of(call, model, providerModel, usage(), pricing.cost(usage()),
                    pricing.currency(), false));
        }
        return CallEventIds.usage(records);
    }
}
