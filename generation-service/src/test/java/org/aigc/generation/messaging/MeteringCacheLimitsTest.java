package org.aigc.generation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.UsageRecorded;
import org.aigc.generation.testing.FakeModelTestBase;
import org.aigc.generation.testing.FakeOpenAiProfile;
import org.aigc.generation.testing.Kafka;
import org.aigc.generation.testing.ModelCalls;
import org.aigc.generation.testing.TestModels;
import org.aigc.testkit.FakeReply;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

/** Cost from registry prices, the opt-in cache and the local RPM limit. */
@QuarkusTest
@TestProfile(FakeOpenAiProfile.class)
@QuarkusTestResource(InfrastructureResource.class)
class MeteringCacheLimitsTest extends FakeModelTestBase {

    @Test
    void usageCostIsExactDecimalFromTheRegistryPrices() {
        ModelCallRequested call = ModelCalls.call().model("priced").tenant("tenant-bill")
                .user("bill me " + UUID.randomUUID()).build();
        fake.enqueue(FakeReply.text("ok").withUsage(1234, 567));

        send(call);

        JsonNode record = Json.tree(Kafka.awaitUsageRecord(usage, call.requestId()).value());
        // 1234 * 0.0015 / 1000 + 567 * 0.002 / 1000 = 0.001851 + 0.001134
        assertThat(record.get("cost").asText()).isEqualTo("0.002985");
        assertThat(record.get("currency").asText()).isEqualTo("EUR");
        assertThat(record.get("model").asText()).isEqualTo("priced");
        assertThat(record.get("providerModel").asText()).isEqualTo(TestModels.PRICED);
        assertThat(record.get("promptTokens").asInt()).isEqualTo(1234);
        assertThat(record.get("tenantId").asText()).isEqualTo("tenant-bill");
    }

    @Test
    void aFailureAfterTokensWereSpentIsStillMetered() {
        ModelCallRequested call = ModelCalls.call().model("priced").user("empty " + UUID.randomUUID()).build();
        // a 200 whose message has no content: the provider billed the prompt
        fake.enqueue(new FakeReply(200, null, "{\"id\":\"x\",\"object\":\"chat.completion\",\"model\":\"priced-model\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":0,\"total_tokens\":1000}}",
                java.util.Map.of(), java.time.Duration.ZERO, null, false, -1, -1));

        send(call);

        assertThat(resultOf(call).errorCode()).isEqualTo("MODEL_BAD_RESPONSE");
        UsageRecorded recorded = usageOf(call);
        assertThat(recorded.promptTokens()).isEqualTo(1000);
        assertThat(recorded.cost()).isEqualByComparingTo("0.0015");
    }

    @Test
    void anIdenticalDeterministicCallIsAnsweredFromTheCacheAtZeroCost() {
        String prompt = "cache me " + UUID.randomUUID();
        ModelCallRequested first = cacheable("tenant-c", prompt);
        ModelCallRequested second = cacheable("tenant-c", prompt);
        fake.enqueue(FakeReply.text("cached answer").withUsage(10, 5));

        send(first);
        ModelCallCompleted miss = resultOf(first);
        send(second);
        ModelCallCompleted hit = resultOf(second);

        assertThat(requestsFor(first)).hasSize(1);
        assertThat(miss.finishReason()).isEqualTo("stop");
        assertThat(hit.content()).isEqualTo("cached answer");
        assertThat(hit.finishReason()).isEqualTo("cache");
        assertThat(hit.model()).isEqualTo("default");
        assertThat(usageOf(first).cacheHit()).isFalse();
        UsageRecorded hitUsage = usageOf(second);
        assertThat(hitUsage.cacheHit()).isTrue();
        assertThat(hitUsage.cost()).isEqualByComparingTo("0");
        assertThat(hitUsage.promptTokens() + hitUsage.completionTokens()).isZero();
    }

    @Test
    void theCacheIsTenantScopedAndOnlyForTemperatureZeroAndCachedTasks() {
        String prompt = "scoped " + UUID.randomUUID();
        List<ModelCallRequested> calls = List.of(
                cacheable("tenant-x", prompt),
                cacheable("tenant-y", prompt),
                ModelCalls.call().tenant("tenant-x").task(FakeOpenAiProfile.CACHED_TASK).temperature(0.7).user(prompt)
                        .build(),
                ModelCalls.call().tenant("tenant-x").task("other-task").temperature(0).user(prompt).build());

        for (ModelCallRequested call : calls) {
            send(call);
            assertThat(resultOf(call).finishReason()).isEqualTo("stop");
        }

        assertThat(requestsFor(calls.get(0))).hasSize(calls.size());
    }

    @Test
    void theLocalRpmLimitRejectsCallsBeyondItBeforeTheyReachTheProvider() {
        List<ModelCallRequested> calls = List.of(limited(), limited(), limited());

        for (ModelCallRequested call : calls) {
            send(call);
            resultOf(call);
        }

        List<String> codes = calls.stream().map(c -> String.valueOf(resultOf(c).errorCode())).toList();
        assertThat(codes).containsExactly("null", "null", "MODEL_RATE_LIMITED_LOCAL");
        assertThat(requestsForModel(TestModels.LIMITED)).isEqualTo(2);
    }

    @Test
    void theLocalTpmLimitReservesMaxTokensAndIsCorrectedByTheReportedUsage() {
        ModelCallRequested small1 = tokens(900);
        ModelCallRequested small2 = tokens(900);
        ModelCallRequested big = tokens(900);
        ModelCallRequested refused = tokens(900);

        // each reserves ~900 of the 1000 tokens per minute; the fake reports ~10, so the reservation is given back
        fake.enqueue(FakeReply.text("a").withUsage(5, 5), FakeReply.text("b").withUsage(5, 5),
                FakeReply.text("c").withUsage(10, 900));
        for (ModelCallRequested call : List.of(small1, small2, big, refused)) {
            send(call);
            resultOf(call);
        }

        assertThat(resultOf(small1).ok()).isTrue();
        assertThat(resultOf(small2).ok()).isTrue();
        assertThat(resultOf(big).ok()).isTrue();
        assertThat(resultOf(refused).errorCode()).isEqualTo("MODEL_RATE_LIMITED_LOCAL");
        assertThat(requestsForModel(TestModels.TOKEN_LIMITED)).isEqualTo(3);
    }

    private static ModelCallRequested tokens(int maxTokens) {
        return ModelCalls.call().model("tokens").maxTokens(maxTokens).user("tpm " + UUID.randomUUID()).build();
    }

    private static ModelCallRequested limited() {
        return ModelCalls.call().model("limited").user("limited " + UUID.randomUUID()).build();
    }

    private static ModelCallRequested cacheable(String tenant, String prompt) {
        return ModelCalls.call().tenant(tenant).task(FakeOpenAiProfile.CACHED_TASK).temperature(0).user(prompt)
                .build();
    }
}
