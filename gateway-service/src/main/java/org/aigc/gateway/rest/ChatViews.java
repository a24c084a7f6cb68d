package org.aigc.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.aigc.contracts.TokenUsage;

/** Response bodies of the OpenAI-compatible endpoints, in OpenAI's field names. */
final class ChatViews {

    private ChatViews() {
    }

    record Message(String role, String content) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason, Object logprobs) {
    }

    record Usage(@JsonProperty("prompt_tokens") int promptTokens,
            @JsonProperty("completion_tokens") int completionTokens,
            @JsonProperty("total_tokens") int totalTokens) {
        static Usage of(TokenUsage usage) {
            TokenUsage u = usage == null ? TokenUsage.ZERO : usage;
            return new Usage(u.promptTokens(), u.completionTokens(), u.totalTokens());
        }
    }

    record Completion(String id, String object, long created, String model, List<Choice> choices, Usage usage) {
    }

    record Delta(String role, String content) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChunkChoice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Chunk(String id, String object, long created, String model, List<ChunkChoice> choices, Usage usage) {
    }

    record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {
    }

    record ModelList(String object, List<Model> data) {
    }
}
