package org.aigc.generation.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aigc.generation.client.OpenAiModelClient;
import org.aigc.generation.client.OpenAiStreamingClient;
import org.aigc.generation.config.GenerationConfig;
import org.aigc.generation.config.ModelsConfig;
import org.aigc.generation.domain.ModelClient;
import org.aigc.generation.domain.ModelKind;
import org.aigc.generation.domain.ModelLimits;
import org.aigc.generation.domain.Pricing;
import org.aigc.generation.domain.RegisteredModel;
import org.aigc.generation.domain.RegisteredModel.CallDefaults;
import org.aigc.generation.domain.StreamingModelClient;
import org.jboss.logging.Logger;

/**
 * Builds the registry's entries: the built-in {@code offline}, every {@code generation.models."<alias>"}, and
 * {@code default} from the {@code AIGC_OPENAI_*} shortcut when {@code generation.models.default} is not declared
 * (the offline model when the shortcut is incomplete). A broken entry (no base URL, unknown kind, a fallback to an
 * alias that does not exist) stops the start: a registry that silently drops a model would route calls elsewhere.
 */
final class RegistryLoader {

    static final String DEFAULT = "default";
    private static final Logger LOG = Logger.getLogger(RegistryLoader.class);
    /** Local servers (vLLM, Ollama) ignore the key, but the client requires one. */
    private static final String NO_KEY = "no-key";

    /** Builds the provider clients of one entry; tests swap it, since the real ones need a running Quarkus. */
    interface ClientFactory {
        ClientFactory OPENAI = new ClientFactory() {
        };

        default ModelClient chat(String baseUrl, String apiKey, String providerModel, Duration timeout) {
            return OpenAiModelClient.create(baseUrl, apiKey, providerModel, timeout);
        }

        default StreamingModelClient streaming(String baseUrl, String apiKey, String providerModel,
                Duration timeout) {
            return OpenAiStreamingClient.create(baseUrl, apiKey, providerModel, timeout);
        }
    }

    private RegistryLoader() {
    }

    static List<RegisteredModel> entries(GenerationConfig config, ModelsConfig models) {
        return entries(config, models, ClientFactory.OPENAI);
    }

    static List<RegisteredModel> entries(GenerationConfig config, ModelsConfig models, ClientFactory clients) {
        Duration deadline = config.calls().deadline();
        int retries = config.calls().maxRetries();
        Map<String, RegisteredModel> byAlias = new LinkedHashMap<>();
        byAlias.put(OfflineModel.NAME, offline(OfflineModel.NAME, deadline, retries));
        models.models().forEach((alias, entry) -> {
            if (OfflineModel.NAME.equals(alias)) {
                throw new IllegalStateException("generation.models.offline: the alias 'offline' is built in");
            }
            byAlias.put(alias, fromConfig(alias, entry, deadline, retries, clients));
        });
        byAlias.computeIfAbsent(DEFAULT, a -> shortcutDefault(config, deadline, retries, clients));
        checkFallbacks(byAlias);
        return new ArrayList<>(byAlias.values());
    }

    private static RegisteredModel fromConfig(String alias, ModelsConfig.Model entry, Duration deadline, int retries,
            ClientFactory clients) {
        ModelKind kind = ModelKind.parse(entry.kind());
        Duration timeout = entry.timeout().orElse(deadline);
        ModelLimits limits = new ModelLimits(entry.maxConcurrency(), entry.rpm().orElse(0), entry.tpm().orElse(0),
                timeout, entry.maxRetries().orElse(retries), entry.breakerFailures(), entry.breakerOpenFor());
        CallDefaults defaults = new CallDefaults(
                entry.temperature().isPresent() ? entry.temperature().getAsDouble() : null,
                entry.maxTokens().isPresent() ? entry.maxTokens().getAsInt() : null);
        List<String> fallbacks = entry.fallbacks().map(List::copyOf).orElse(List.of());
        if (kind == ModelKind.OFFLINE) {
            return new RegisteredModel(alias, OfflineModel.NAME, kind, OfflineModel.NAME, null, null, Pricing.FREE,
                    limits, defaults, fallbacks, new OfflineModel(), null);
        }
        String baseUrl = entry.baseUrl().filter(v -> !v.isBlank()).map(String::strip).orElseThrow(
                () -> new IllegalStateException("generation.models.\"" + alias + "\".base-url is required"));
        String key = entry.apiKey().filter(v -> !v.isBlank()).map(String::strip).orElse(NO_KEY);
        String providerModel = entry.model().filter(v -> !v.isBlank()).map(String::strip).orElse(alias);
        Pricing pricing = new Pricing(entry.priceInputPer1k(), entry.priceOutputPer1k(), entry.currency());
        return new RegisteredModel(alias, alias, kind, providerModel, entry.baseModel().orElse(null), baseUrl, pricing,
                limits, defaults, fallbacks, clients.chat(baseUrl, key, providerModel, timeout),
                clients.streaming(baseUrl, key, providerModel, timeout));
    }

    private static RegisteredModel shortcutDefault(GenerationConfig config, Duration deadline, int retries,
            ClientFactory clients) {
        GenerationConfig.OpenAi openai = config.openai();
        if (!isSet(openai.baseUrl()) || !isSet(openai.apiKey()) || !isSet(openai.model())) {
            LOG.info("AIGC_OPENAI_BASE_URL, AIGC_OPENAI_API_KEY and AIGC_OPENAI_MODEL are not all set and"
                    + " generation.models.default is not declared: alias 'default' answers with the offline model");
            return offline(DEFAULT, deadline, retries);
        }
        String baseUrl = openai.baseUrl().orElseThrow().strip();
        String key = openai.apiKey().orElseThrow().strip();
        String providerModel = openai.model().orElseThrow().strip();
        return new RegisteredModel(DEFAULT, DEFAULT, ModelKind.BASE, providerModel, null, baseUrl,
                new Pricing(openai.priceInputPer1k(), openai.priceOutputPer1k(), openai.currency()),
                ModelLimits.defaults(openai.maxConcurrency(), deadline, retries), CallDefaults.NONE, List.of(),
                clients.chat(baseUrl, key, providerModel, deadline),
                clients.streaming(baseUrl, key, providerModel, deadline));
    }

    static RegisteredModel offline(String alias, Duration deadline, int retries) {
        return new RegisteredModel(alias, OfflineModel.NAME, ModelKind.OFFLINE, OfflineModel.NAME, null, null,
                Pricing.FREE, ModelLimits.defaults(deadline, retries), CallDefaults.NONE, List.of(),
                new OfflineModel(), null);
    }

    private static void checkFallbacks(Map<String, RegisteredModel> byAlias) {
        byAlias.values().forEach(model -> model.fallbacks().forEach(fallback -> {
            if (!byAlias.containsKey(fallback)) {
                throw new IllegalStateException("generation.models.\"" + model.alias() + "\".fallbacks names '"
                        + fallback + "', which is not in the registry");
            }
        }));
    }

    private static boolean isSet(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
