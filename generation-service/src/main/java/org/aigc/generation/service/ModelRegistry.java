package org.aigc.generation.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aigc.generation.config.GenerationConfig;
import org.aigc.generation.config.ModelsConfig;
import org.aigc.generation.domain.RegisteredModel;
import org.jboss.logging.Logger;

/**
 * The models calls can name, by alias (see {@link RegistryLoader} for where they come from). Models are built in code
 * once at start: named {@code quarkus.langchain4j.openai.<name>} models only exist for names known at build time.
 */
@Startup
@ApplicationScoped
public class ModelRegistry {

    public static final String DEFAULT = RegistryLoader.DEFAULT;

    private static final Logger LOG = Logger.getLogger(ModelRegistry.class);

    private final Map<String, RegisteredModel> models;

    @Inject
    public ModelRegistry(GenerationConfig config, ModelsConfig models) {
        this(RegistryLoader.entries(config, models));
    }

    ModelRegistry(List<RegisteredModel> entries) {
        Map<String, RegisteredModel> byAlias = new LinkedHashMap<>();
        entries.forEach(entry -> byAlias.put(entry.alias(), entry));
        this.models = Map.copyOf(byAlias);
        entries.forEach(e -> LOG.infof("model alias '%s' -> %s (%s, provider model %s%s)", e.alias(), e.name(),
                e.kind().wireName(), e.providerModel(), e.fallbacks().isEmpty() ? "" : ", fallbacks " + e.fallbacks()));
    }

    public Optional<RegisteredModel> find(String alias) {
        return Optional.ofNullable(alias).map(models::get);
    }

    public Collection<RegisteredModel> all() {
        return models.values().stream().sorted((a, b) -> a.alias().compareTo(b.alias())).toList();
    }
}
