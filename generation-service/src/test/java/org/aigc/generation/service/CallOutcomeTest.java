package org.aigc.generation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.contracts.UsageRecorded;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.Pricing;
import org.junit.jupiter.api.Test;

class CallOutcomeTest {

    private static final Pricing PRICES = new Pricing(new BigDecimal("0.003"), new BigDecimal("0.015"), "USD");
    private final ModelCallRequested call = ModelCallRequested.of("r-" + UUID.randomUUID(), "t1", "games", "c1",
            "task", "gpt", List.of(ChatMessage.user("hi")), null, null, null, false);

    @Test
    void aSuccessIsMeteredAtTheRegistryPrices() {
        CallOutcome outcome = CallOutcome.ok("gpt", PRICES, new ModelReply("x", "stop", new TokenUsage(1001, 333),
                "gpt-4o"), 5);

        UsageRecorded usage = outcome.usageRecords(call).get(0);

        // 1001 * 0.003 / 1000 + 333 * 0.015 / 1000 = 0.003003 + 0.004995
        assertThat(usage.cost()).isEqualTo(new BigDecimal("0.007998"));
        assertThat(usage.providerModel()).isEqualTo("gpt-4o");
        assertThat(usage.cacheHit()).isFalse();
    }

    @Test
    void aFailureWithoutTokensRecordsNothingButEarlierSpendsAreKept() {
        CallOutcome failed = CallOutcome.failed("backup", "b", PRICES,
                new ModelCallException(ErrorCode.MODEL_TIMEOUT, "slow"), 5)
                .afterFallbacks("gpt: MODEL_BAD_RESPONSE", List.of(new CallOutcome.Spend("gpt", "gpt-4o", PRICES,
                        new TokenUsage(1000, 0))));

        List<UsageRecorded> records = failed.usageRecords(call);

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.model()).isEqualTo("gpt");
            assertThat(r.cost()).isEqualByComparingTo("0.003");
        });
        assertThat(failed.completed(call).fallbackReason()).isEqualTo("gpt: MODEL_BAD_RESPONSE");
    }

    @Test
    void aCacheHitIsRecordedAtZeroCostWithZeroTokens() {
        CallOutcome hit = CallOutcome.cached("gpt", new ModelReply("x", "stop", new TokenUsage(50, 50), "gpt-4o"),
                PRICES, 1);

        UsageRecorded usage = hit.usageRecords(call).get(0);

        assertThat(usage.cacheHit()).isTrue();
        assertThat(usage.cost()).isEqualByComparingTo("0");
        assertThat(usage.promptTokens()).isZero();
        assertThat(hit.completed(call).finishReason()).isEqualTo("cache");
        assertThat(hit.completed(call).content()).isEqualTo("x");
    }
}
