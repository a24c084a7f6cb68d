package org.aigc.generation.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aigc.generation.client.OpenAiModelClient;
import org.aigc.generation.config.GenerationConfig;
import org.aigc.generation.domain.ModelKind;
import org.aigc.generation.domain.Pricing;
import org.aigc.generation.domain.RegisteredModel;
import org.jboss.logging.Logger;

/**
 * The models calls can name, by alias. {@code offline} always exists; {@code default} is the configured
 * OpenAI-compatible model when base URL, key and model id are all set, otherwise the offline model. Models are built
 * in code once at start (named {@code quarkus.langchain4j.openai.<name>} models only exist for names known at build
 * time). A later registry reads more entries (kind, prices, limits, fallbacks) from config or a table.
 */
@Startup
@ApplicationScoped
public class ModelRegistry {

    public static final String DEFAULT = "default";

    private static final Logger LOG = Logger.getLogger(ModelRegistry.class);

    private final Map<String, RegisteredModel> models;

    @Inject
    public ModelRegistry(GenerationConfig config) {
        this(entries(config));
    }

    ModelRegistry(List<RegisteredModel> entries) {
        Map<String, RegisteredModel> byAlias = new LinkedHashMap<>();
        entries.forEach(entry -> byAlias.put(entry.alias(), entry));
        this.models = Map.copyOf(byAlias);
        entries.forEach(e -> LOG.infof("model alias '%s' -> %s (%s, provider model %s)", e.alias(), e.name(),
                e.kind().wireName(), e.providerModel()));
    }

    public Optional<RegisteredModel> find(String alias) {
        return Optional.ofNullable(alias).map(models::get);
    }

    public Collection<RegisteredModel> all() {
        return models.values().stream().sorted((a, b) -> a.alias().compareTo(b.alias())).toList();
    }

    static List<RegisteredModel> entries(GenerationConfig config) {
        RegisteredModel offline = offline(OfflineModel.NAME);
        GenerationConfig.OpenAi openai = config.openai();
        if (!isSet(openai.baseUrl()) || !isSet(openai.apiKey()) || !isSet(openai.model())) {
            LOG.info("AIGC_OPENAI_BASE_URL, AIGC_OPENAI_API_KEY and AIGC_OPENAI_MODEL are not all set:"
                    + " alias 'default' answers with the offline development model");
            return List.of(offline, offline(DEFAULT));
        }
        String providerModel = openai.model().orElseThrow().strip();
        RegisteredModel base = new RegisteredModel(DEFAULT, DEFAULT, ModelKind.BASE, providerModel,
                new Pricing(openai.priceInputPer1k(), openai.priceOutputPer1k(), openai.currency()),
                OpenAiModelClient.create(openai.baseUrl().orElseThrow().strip(), openai.apiKey().orElseThrow().strip(),
                        providerModel, config.calls().deadline()));
        return List.of(offline, base);
    }

    private static RegisteredModel offline(String alias) {
        return new RegisteredModel(alias, OfflineModel.NAME, ModelKind.OFFLINE, OfflineModel.NAME, Pricing.FREE,
                new OfflineModel());
    }

    private static boolean isSet(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
