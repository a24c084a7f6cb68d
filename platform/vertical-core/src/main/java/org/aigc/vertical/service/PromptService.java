package org.aigc.vertical.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.Json;
import java.util.List;
import org.aigc.contracts.ChatMessage;
import org.aigc.vertical.config.LabelConfig;
import org.aigc.vertical.domain.PromptTemplate;
import org.aigc.vertical.prompt.Canary;
import org.aigc.vertical.prompt.PromptRenderer;
import org.aigc.vertical.prompt.TemplateSelector;

/**
 * Builds the prompt of a request: picks the active template version, builds the template model (the screened
 * {@code input}, request facts, and whatever the task's {@link TaskEnricher} adds) and renders it with Qute.
 */
@ApplicationScoped
public class PromptService {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final PromptRenderer renderer;
    private final Map<String, TaskEnricher> enrichers;

    private final Canary canary;

    PromptService(Engine engine, Instance<TaskEnricher> enrichers, LabelConfig labels) {
        this.renderer = new PromptRenderer(engine);
        this.canary = new Canary(labels.hmacKey());
        this.enrichers = enrichers.stream().collect(Collectors.toMap(TaskEnricher::task, Function.identity()));
    }

    /** Throws {@link EnrichmentException} (REJECTED) or {@link PromptException} (FAILED). */
    public PreparedPrompt prepare(GenerationRequested request, JsonNode screenedInput, String locale) {
        PromptTemplate template = TemplateSelector.pick(PromptTemplate.activeFor(request.task()), request.requestId())
                .orElseThrow(() -> new PromptException("NO_ACTIVE_TEMPLATE",
                        "task " + request.task() + " has no active prompt template", null));
        Map<String, Object> model = new HashMap<>();
        model.put("input", Json.MAPPER.convertValue(screenedInput, MAP));
        model.put("task", request.task());
        model.put("tenantId", request.tenantId());
        model.put("locale", locale);
        TaskEnricher enricher = enrichers.get(request.task());
        if (enricher != null) {
            model.putAll(enricher.enrich(request));
        }
        try {
            List<ChatMessage> messages = renderer.render(template.systemTemplate, template.userTemplate, model);
            // the canary goes into every system prompt: an output that repeats it is blocked (PI-06)
            List<ChatMessage> guarded = List.of(
                    ChatMessage.system(canary.addTo(messages.get(0).content(), request.requestId())), messages.get(1));
            return new PreparedPrompt(template.version, guarded);
        } catch (RuntimeException e) {
            throw new PromptException("TEMPLATE_ERROR", "prompt template " + request.task() + " v" + template.version
                    + " does not render: " + e.getMessage(), e);
        }
    }
}
