package org.aigc.generation.client;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.List;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallRequested;

/**
 * Turns a {@link ModelCallRequested} into a LangChain4j {@link ChatRequest}. A response schema travels verbatim as the
 * OpenAI {@code response_format} {@code json_schema}: {@link JsonRawSchema} keeps every keyword of the task's schema
 * instead of the subset LangChain4j's typed schema elements can express.
 */
public final class ChatRequestMapper {

    /** OpenAI requires a schema name matching {@code ^[a-zA-Z0-9_-]{1,64}$}. */
    static final String DEFAULT_SCHEMA_NAME = "response";

    private ChatRequestMapper() {
    }

    public static ChatRequest toChatRequest(ModelCallRequested call) {
        ChatRequest.Builder request = ChatRequest.builder().messages(messages(call.messages()));
        if (call.temperature() != null) {
            request.temperature(call.temperature());
        }
        if (call.maxTokens() != null) {
            request.maxOutputTokens(call.maxTokens());
        }
        if (call.responseSchema() != null) {
            request.responseFormat(ResponseFormat.builder()
                    .type(ResponseFormatType.JSON)
                    .jsonSchema(JsonSchema.builder()
                            .name(schemaName(call.task()))
                            .rootElement(JsonRawSchema.from(Json.write(call.responseSchema())))
                            .build())
                    .build());
        }
        return request.build();
    }

    static List<ChatMessage> messages(List<org.aigc.contracts.ChatMessage> messages) {
        return messages.stream().map(ChatRequestMapper::message).toList();
    }

    private static ChatMessage message(org.aigc.contracts.ChatMessage message) {
        String content = message.content() == null ? "" : message.content();
        return switch (message.role()) {
            case "system" -> SystemMessage.from(content);
            case "assistant" -> AiMessage.from(content);
            case "user" -> UserMessage.from(content);
            default -> throw new IllegalArgumentException("unknown chat role " + message.role());
        };
    }

    static String schemaName(String task) {
        if (task == null) {
            return DEFAULT_SCHEMA_NAME;
        }
        String name = task.replaceAll("[^a-zA-Z0-9_-]", "_");
        if (name.isEmpty()) {
            return DEFAULT_SCHEMA_NAME;
        }
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
