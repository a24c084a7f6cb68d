package org.aigc.generation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.contracts.UsageRecorded;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.Pricing;
import org.junit.jupiter.api.Test;

/** A call handled twice (redelivered after a crash, or re-issued by a vertical) publishes the same event ids. */
class CallEventIdsTest {

    private static ModelCallRequested call(String callId) {
        return ModelCallRequested.of("req-1", "tenant-1", "games", callId, "quest", "default",
                List.of(ChatMessage.user("hi")), null, 100, null, false);
    }

    private static CallOutcome answered(int completionTokens) {
        return CallOutcome.ok("default", new Pricing(BigDecimal.ONE, BigDecimal.ONE, Pricing.USD),
                new ModelReply("hello", "stop", new TokenUsage(10, completionTokens), "fake-gpt"), 5);
    }

    @Test
    void theSameCallGetsTheSameResultAndUsageIdsEvenFromAnotherMessageAndAnotherAnswer() {
        ModelCallRequested first = call("req-1#1");
        ModelCallRequested redelivered = call("req-1#1");
        assertThat(first.eventId()).isNotEqualTo(redelivered.eventId());

        assertThat(answered(5).completed(first).eventId()).isEqualTo(answered(7).completed(redelivered).eventId());
        List<UsageRecorded> once = answered(5).usageRecords(first);
        List<UsageRecorded> twice = answered(7).usageRecords(redelivered);
        assertThat(once).hasSize(1);
        assertThat(twice).extracting(UsageRecorded::eventId).containsExactlyElementsOf(
                once.stream().map(UsageRecorded::eventId).toList());
    }

    @Test
    void differentCallsAndTheirRecordsGetDifferentIds() {
        assertThat(answered(5).completed(call("req-1#1")).eventId())
                .isNotEqualTo(answered(5).completed(call("req-1#2")).eventId());
        assertThat(CallEventIds.usageId("req-1#1", 0)).isNotEqualTo(CallEventIds.usageId("req-1#1", 1))
                .isNotEqualTo(CallEventIds.usageId("req-1#2", 0));
        assertThat(CallEventIds.resultId("req-1#1")).isNotEqualTo(CallEventIds.usageId("req-1#1", 0));
    }
}
