package org.aigc.generation.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.ModelCallRequested;

/** Test-data builder for {@link ModelCallRequested}: a games call to alias {@code default} unless told otherwise. */
public final class ModelCalls {

    private final String requestId = "req-" + UUID.randomUUID();
    private String tenantId = "tenant-1";
    private String vertical = "games";
    private String task = "npc-dialogue";
    private String model = "default";
    private final List<ChatMessage> messages = new ArrayList<>();
    private Double temperature;
    private Integer maxTokens;
    private JsonNode responseSchema;
    private boolean stream;

    public static ModelCalls call() {
        return new ModelCalls();
    }

    public String requestId() {
        return requestId;
    }

    public ModelCalls model(String model) {
        this.model = model;
        return this;
    }

    public ModelCalls vertical(String vertical) {
        this.vertical = vertical;
        return this;
    }

    public ModelCalls tenant(String tenantId) {
        this.tenantId = tenantId;
        return this;
    }

    public ModelCalls task(String task) {
        this.task = task;
        return this;
    }

    public ModelCalls system(String content) {
        messages.add(ChatMessage.system(content));
        return this;
    }

    public ModelCalls user(String content) {
        messages.add(ChatMessage.user(content));
        return this;
    }

    public ModelCalls assistant(String content) {
        messages.add(ChatMessage.assistant(content));
        return this;
    }

    public ModelCalls temperature(double temperature) {
        this.temperature = temperature;
        return this;
    }

    public ModelCalls maxTokens(int maxTokens) {
        this.maxTokens = maxTokens;
        return this;
    }

    public ModelCalls schema(JsonNode schema) {
        this.responseSchema = schema;
        return this;
    }

    public ModelCalls stream() {
        this.stream = true;
        return this;
    }

    public ModelCallRequested build() {
        List<ChatMessage> prompt = messages.isEmpty() ? List.of(ChatMessage.user("Say hello for " + requestId))
                : messages;
        return ModelCallRequested.of(requestId, tenantId, vertical, "call-" + UUID.randomUUID(), task, model, prompt,
                temperature, maxTokens, responseSchema, stream);
    }
}
