package org.aigc.generation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.testing.FakeModelTestBase;
import org.aigc.generation.testing.FakeOpenAiProfile;
import org.aigc.generation.testing.FakeOpenAiResource;
import org.aigc.generation.testing.ModelCalls;
import org.aigc.generation.testing.TestModels;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

/** Registry entries from {@code generation.models.*}: the alias picks the provider model id on the wire. */
@QuarkusTest
@TestProfile(FakeOpenAiProfile.class)
@QuarkusTestResource(InfrastructureResource.class)
class RegistryRoutingTest extends FakeModelTestBase {

    @Test
    void twoLoraAliasesOnOneEndpointSendTheirOwnAdapterIdsOnTheWire() {
        ModelCallRequested a = ModelCalls.call().model("lora-a").user("adapter a " + UUID.randomUUID()).build();
        ModelCallRequested b = ModelCalls.call().model("lora-b").user("adapter b " + UUID.randomUUID()).build();

        send(a);
        send(b);

        ModelCallCompleted resultA = resultOf(a);
        ModelCallCompleted resultB = resultOf(b);
        assertThat(requestsFor(a)).singleElement()
                .satisfies(r -> assertThat(r.path("model").asText()).isEqualTo(TestModels.LORA_A));
        assertThat(requestsFor(b)).singleElement()
                .satisfies(r -> assertThat(r.path("model").asText()).isEqualTo(TestModels.LORA_B));
        assertThat(resultA.model()).isEqualTo("lora-a");
        assertThat(resultA.providerModel()).isEqualTo(TestModels.LORA_A);
        assertThat(resultB.model()).isEqualTo("lora-b");
        assertThat(resultB.providerModel()).isEqualTo(TestModels.LORA_B);
        assertThat(usageOf(b).providerModel()).isEqualTo(TestModels.LORA_B);
    }

    @Test
    void registryDefaultsFillUnsetParametersButNeverOverrideTheCall() {
        ModelCallRequested unset = ModelCalls.call().model("lora-b").user("defaults " + UUID.randomUUID()).build();
        ModelCallRequested set = ModelCalls.call().model("lora-b").temperature(0.9).maxTokens(7)
                .user("explicit " + UUID.randomUUID()).build();

        send(unset);
        send(set);
        resultOf(unset);
        resultOf(set);

        JsonNode withDefaults = requestsFor(unset).get(0);
        assertThat(withDefaults.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(withDefaults.path("max_tokens").asInt()).isEqualTo(100);
        JsonNode explicit = requestsFor(set).get(0);
        assertThat(explicit.path("temperature").asDouble()).isEqualTo(0.9);
        assertThat(explicit.path("max_tokens").asInt()).isEqualTo(7);
    }

    @Test
    void aFineTunedModelIsJustAnotherAlias() {
        ModelCallRequested call = ModelCalls.call().model("ft").user("fine-tuned " + UUID.randomUUID()).build();

        send(call);

        assertThat(resultOf(call).providerModel()).isEqualTo(TestModels.FINE_TUNED);
        assertThat(requestsFor(call).get(0).path("model").asText()).isEqualTo(TestModels.FINE_TUNED);
    }

    @Test
    void anAliasNotInTheRegistryFailsWithModelUnknownEvenWhenItIsAProviderModelId() {
        ModelCallRequested call = ModelCalls.call().model(TestModels.LORA_A).user("raw id " + UUID.randomUUID())
                .build();

        send(call);

        ModelCallCompleted result = resultOf(call);
        assertThat(result.status()).isEqualTo(ModelCallCompleted.FAILED);
        assertThat(result.errorCode()).isEqualTo("MODEL_UNKNOWN");
        assertThat(requestsFor(call)).isEmpty();
    }

    @Test
    void modelsListsEveryAliasWithKindPricesAndLimitsButNoSecretsOrUrls() {
        given().when().get("/models").then().statusCode(200)
                .body("alias", hasItems("default", "offline", "lora-a", "lora-b", "ft", "primary", "backup"))
                .body("find { it.alias == 'lora-a' }.kind", equalTo("lora"))
                .body("find { it.alias == 'lora-a' }.baseModel", equalTo("llama-3-8b"))
                .body("find { it.alias == 'lora-a' }.providerModel", equalTo(TestModels.LORA_A))
                .body("find { it.alias == 'ft' }.kind", equalTo("finetuned"))
                .body("find { it.alias == 'backup' }.kind", equalTo("custom"))
                .body("find { it.alias == 'priced' }.priceInputPer1k", equalTo("0.0015"))
                .body("find { it.alias == 'priced' }.currency", equalTo("EUR"))
                .body("find { it.alias == 'limited' }.rpm", equalTo(2))
                .body("find { it.alias == 'slow' }.maxConcurrency", equalTo(1))
                .body("find { it.alias == 'primary' }.fallbacks", equalTo(java.util.List.of("backup")))
                .body("find { it.alias == 'default' }.kind", equalTo("base"))
                .body(not(containsString(FakeOpenAiResource.API_KEY)))
                .body(not(containsString("127.0.0.1")));
    }

    @Test
    void prometheusMetricsCountCallsErrorsTokensLatencyAndCacheHitsPerModel() {
        ModelCallRequested call = ModelCalls.call().model("lora-a").user("metrics " + UUID.randomUUID()).build();
        send(call);
        resultOf(call);
        ModelCallRequested rejected = ModelCalls.call().model("lora-a").user("rejected " + UUID.randomUUID()).build();
        fake.enqueue(org.aigc.testkit.FakeReply.error(400, "bad"));
        send(rejected);
        resultOf(rejected);
        String prompt = "cache metrics " + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            ModelCallRequested cached = ModelCalls.call().model("lora-a").task(FakeOpenAiProfile.CACHED_TASK)
                    .temperature(0).user(prompt).build();
            send(cached);
            resultOf(cached);
        }

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("aigc_model_calls_total\\{[^}]*model=\"lora-a\"[^}]*outcome=\"ok\"[^}]*} [1-9]")
                .containsPattern("aigc_model_tokens_total\\{[^}]*model=\"lora-a\"[^}]*type=\"prompt\"")
                .containsPattern("aigc_model_latency_seconds_bucket\\{[^}]*model=\"lora-a\"")
                .containsPattern("aigc_model_errors_total\\{[^}]*code=\"MODEL_ERROR\"[^}]*model=\"lora-a\"[^}]*} [1-9]")
                .containsPattern("aigc_model_cache_hits_total\\{[^}]*model=\"lora-a\"[^}]*} [1-9]")
                .containsPattern("aigc_model_breaker_state\\{[^}]*model=\"primary\"")
                .containsPattern("aigc_model_in_flight\\{[^}]*model=\"slow\"");
    }
}
