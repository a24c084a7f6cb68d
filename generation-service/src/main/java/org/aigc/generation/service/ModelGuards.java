package org.aigc.generation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.aigc.generation.domain.RegisteredModel;
import org.aigc.generation.resilience.ModelGuard;

/** One {@link ModelGuard} per registry alias, built once. */
@ApplicationScoped
public class ModelGuards {

    private final Map<String, ModelGuard> guards;

    @Inject
    public ModelGuards(ModelRegistry registry) {
        this.guards = registry.all().stream()
                .collect(Collectors.toUnmodifiableMap(RegisteredModel::alias, m -> new ModelGuard(m.limits())));
    }

    public ModelGuard of(RegisteredModel model) {
        return guards.get(model.alias());
    }
}
