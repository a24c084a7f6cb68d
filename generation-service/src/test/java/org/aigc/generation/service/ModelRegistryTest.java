package org.aigc.generation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.aigc.generation.config.GenerationConfig;
import org.aigc.generation.domain.ModelKind;
import org.aigc.generation.domain.RegisteredModel;
import org.junit.jupiter.api.Test;

class ModelRegistryTest {

    @Test
    void withoutProviderConfigDefaultIsTheOfflineModel() {
        ModelRegistry registry = new ModelRegistry(ModelRegistry.entries(config(null, null, null)));

        RegisteredModel defaultModel = registry.find("default").orElseThrow();
        assertThat(defaultModel.name()).isEqualTo("offline");
        assertThat(defaultModel.kind()).isEqualTo(ModelKind.OFFLINE);
        assertThat(registry.find("offline")).isPresent();
    }

    @Test
    void aMissingOrBlankSettingAlsoMeansOffline() {
        assertThat(defaultKind(config("http://127.0.0.1:1/v1", null, "gpt"))).isEqualTo(ModelKind.OFFLINE);
        assertThat(defaultKind(config("http://127.0.0.1:1/v1", "key", "  "))).isEqualTo(ModelKind.OFFLINE);
        assertThat(defaultKind(config(null, "key", "gpt"))).isEqualTo(ModelKind.OFFLINE);
    }

    @Test
    void unknownAndNullAliasesAreNotFound() {
        ModelRegistry registry = new ModelRegistry(ModelRegistry.entries(config(null, null, null)));

        assertThat(registry.find("gpt-4o")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }

    private static ModelKind defaultKind(GenerationConfig config) {
        return new ModelRegistry(ModelRegistry.entries(config)).find("default").orElseThrow().kind();
    }

    private static GenerationConfig config(String baseUrl, String apiKey, String model) {
        GenerationConfig.OpenAi openai = new GenerationConfig.OpenAi() {
            public Optional<String> baseUrl() {
                return Optional.ofNullable(baseUrl);
            }

            public Optional<String> apiKey() {
                return Optional.ofNullable(apiKey);
            }

            public Optional<String> model() {
                return Optional.ofNullable(model);
            }

            public BigDecimal priceInputPer1k() {
                return BigDecimal.ZERO;
            }

            public BigDecimal priceOutputPer1k() {
                return BigDecimal.ZERO;
            }

            public String currency() {
                return "USD";
            }
        };
        GenerationConfig.Calls calls = new GenerationConfig.Calls() {
            public Duration deadline() {
                return Duration.ofSeconds(30);
            }

            public int maxRetries() {
                return 2;
            }

            public Duration initialBackoff() {
                return Duration.ofMillis(500);
            }

            public Duration maxBackoff() {
                return Duration.ofSeconds(5);
            }

            public Duration publishTimeout() {
                return Duration.ofSeconds(30);
            }
        };
        return new GenerationConfig() {
            public OpenAi openai() {
                return openai;
            }

            public Calls calls() {
                return calls;
            }
        };
    }
}
