package org.aigc.generation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.aigc.generation.config.GenerationConfig;
import org.aigc.generation.config.ModelsConfig;
import org.aigc.generation.domain.ModelClient;
import org.aigc.generation.domain.ModelKind;
import org.aigc.generation.domain.StreamingModelClient;
import org.aigc.generation.domain.RegisteredModel;
import org.junit.jupiter.api.Test;

class ModelRegistryTest {

    private static final String URL = "http://127.0.0.1:1/v1";

    /** The real clients need a running Quarkus; these only have to exist. */
    private static final RegistryLoader.ClientFactory STUB_CLIENTS = new RegistryLoader.ClientFactory() {
        @Override
        public ModelClient chat(String baseUrl, String apiKey, String providerModel, Duration timeout) {
            return call -> {
                throw new UnsupportedOperationException();
            };
        }

        @Override
        public StreamingModelClient streaming(String baseUrl, String apiKey, String providerModel,
                Duration timeout) {
            return (call, onDelta) -> {
                throw new UnsupportedOperationException();
            };
        }
    };

    @Test
    void withoutProviderConfigDefaultIsTheOfflineModel() {
        ModelRegistry registry = registry(Map.of());

        RegisteredModel defaultModel = registry.find("default").orElseThrow();
        assertThat(defaultModel.name()).isEqualTo("offline");
        assertThat(defaultModel.kind()).isEqualTo(ModelKind.OFFLINE);
        assertThat(registry.find("offline")).isPresent();
    }

    @Test
    void aMissingOrBlankShortcutSettingAlsoMeansOffline() {
        assertThat(defaultKind(Map.of("aigc.openai.base-url", URL, "aigc.openai.model", "gpt")))
                .isEqualTo(ModelKind.OFFLINE);
        assertThat(defaultKind(Map.of("aigc.openai.base-url", URL, "aigc.openai.api-key", "k",
                "aigc.openai.model", "  "))).isEqualTo(ModelKind.OFFLINE);
        assertThat(defaultKind(Map.of("aigc.openai.base-url", URL, "aigc.openai.api-key", "k",
                "aigc.openai.model", "gpt"))).isEqualTo(ModelKind.BASE);
    }

    @Test
    void unknownAndNullAliasesAreNotFound() {
        ModelRegistry registry = registry(Map.of());

        assertThat(registry.find("gpt-4o")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }

    @Test
    void entriesComeFromQuotedAliasesWithEveryOption() {
        Map<String, String> props = new HashMap<>();
        String p = "generation.models.\"support.lora-v2\".";
        props.put(p + "base-url", URL);
        props.put(p + "model", "support-v2");
        props.put(p + "kind", "lora");
        props.put(p + "base-model", "llama-3-8b");
        props.put(p + "price-input-per-1k", "0.0001");
        props.put(p + "price-output-per-1k", "0.0002");
        props.put(p + "currency", "EUR");
        props.put(p + "max-concurrency", "3");
        props.put(p + "rpm", "60");
        props.put(p + "tpm", "1000");
        props.put(p + "fallbacks", "offline");
        props.put(p + "temperature", "0.1");
        props.put(p + "max-tokens", "50");
        props.put(p + "timeout", "7s");

        RegisteredModel model = registry(props).find("support.lora-v2").orElseThrow();

        assertThat(model.kind()).isEqualTo(ModelKind.LORA);
        assertThat(model.providerModel()).isEqualTo("support-v2");
        assertThat(model.baseModel()).isEqualTo("llama-3-8b");
        assertThat(model.pricing().inputPer1k()).isEqualByComparingTo("0.0001");
        assertThat(model.pricing().currency()).isEqualTo("EUR");
        assertThat(model.limits().maxConcurrency()).isEqualTo(3);
        assertThat(model.limits().rpm()).isEqualTo(60);
        assertThat(model.limits().tpm()).isEqualTo(1000);
        assertThat(model.limits().timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(model.fallbacks()).containsExactly("offline");
        assertThat(model.defaults().temperature()).isEqualTo(0.1);
        assertThat(model.defaults().maxTokens()).isEqualTo(50);
        assertThat(model.streaming()).isNotNull();
    }

    @Test
    void aDeclaredDefaultWinsOverTheEnvShortcutAndTheModelIdDefaultsToTheAlias() {
        RegisteredModel model = registry(Map.of("aigc.openai.base-url", URL, "aigc.openai.api-key", "k",
                "aigc.openai.model", "from-env", "generation.models.default.base-url", URL)).find("default")
                .orElseThrow();

        assertThat(model.providerModel()).isEqualTo("default");
    }

    @Test
    void brokenEntriesStopTheStart() {
        assertThatThrownBy(() -> registry(Map.of("generation.models.x.kind", "base")))
                .hasMessageContaining("generation.models.\"x\".base-url is required");
        assertThatThrownBy(() -> registry(Map.of("generation.models.x.base-url", URL,
                "generation.models.x.fallbacks", "nope"))).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> registry(Map.of("generation.models.x.base-url", URL,
                "generation.models.x.kind", "gguf"))).hasMessageContaining("unknown model kind");
        assertThatThrownBy(() -> registry(Map.of("generation.models.offline.base-url", URL)))
                .hasMessageContaining("built in");
    }

    @Test
    void anAliasCanBeDeclaredOffline() {
        RegisteredModel model = registry(Map.of("generation.models.dev.kind", "offline")).find("dev").orElseThrow();

        assertThat(model.kind()).isEqualTo(ModelKind.OFFLINE);
        assertThat(model.name()).isEqualTo("offline");
    }

    private static ModelKind defaultKind(Map<String, String> props) {
        return registry(props).find("default").orElseThrow().kind();
    }

    static ModelRegistry registry(Map<String, String> props) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                // Quarkus' converter reads the short forms ("30s", "500ms") used in application.properties
                .withConverter(Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withMapping(GenerationConfig.class)
                .withMapping(ModelsConfig.class)
                .withSources(new PropertiesConfigSource(props, "test", 500))
                .build();
        return new ModelRegistry(RegistryLoader.entries(config.getConfigMapping(GenerationConfig.class),
                config.getConfigMapping(ModelsConfig.class), STUB_CLIENTS));
    }
}
