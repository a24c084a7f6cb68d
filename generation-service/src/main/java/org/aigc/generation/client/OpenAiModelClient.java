package org.aigc.generation.client;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Locale;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelClient;
import org.aigc.generation.domain.ModelReply;

/** A model behind an OpenAI-compatible endpoint, called through LangChain4j (Quarkus' REST client underneath). */
public final class OpenAiModelClient implements ModelClient {

    private final ChatModel model;
    private final String providerModel;

    OpenAiModelClient(ChatModel model, String providerModel) {
        this.model = model;
        this.providerModel = providerModel;
    }

    /**
     * Builds the client. With the Quarkus extension on the classpath the builder returns Quarkus' implementation.
     * LangChain4j's own retries are off ({@code maxRetries(0)}): the caller retries with back-off inside one deadline.
     *
     * @param idleTimeout connect/read timeout of one attempt; whole seconds only (LangChain4j rounds down)
     */
    public static OpenAiModelClient create(String baseUrl, String apiKey, String providerModel, Duration idleTimeout) {
        long seconds = Math.max(1, (idleTimeout.toMillis() + 999) / 1000);
        ChatModel model = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(providerModel)
                .timeout(Duration.ofSeconds(seconds))
                .maxRetries(0)
                // task schemas are not written for OpenAI's strict mode (all properties required, no extras)
                .strictJsonSchema(false)
                .logRequests(false)
                .logResponses(false)
                .build();
        return new OpenAiModelClient(model, providerModel);
    }

    @Override
    public ModelReply chat(ModelCallRequested call) {
        ChatResponse response;
        try {
            response = model.chat(ChatRequestMapper.toChatRequest(call));
        } catch (RuntimeException e) {
            throw ProviderErrors.classify(e);
        }
        TokenUsage usage = usage(response);
        AiMessage message = response.aiMessage();
        if (message == null || message.text() == null) {
            throw new ModelCallException(ErrorCode.MODEL_BAD_RESPONSE, false, "the answer has no text content", null,
                    usage);
        }
        String finishReason = response.finishReason() == null ? null
                : response.finishReason().name().toLowerCase(Locale.ROOT);
        String answeredBy = response.modelName() != null ? response.modelName() : providerModel;
        return new ModelReply(message.text(), finishReason, usage, answeredBy);
    }

    private static TokenUsage usage(ChatResponse response) {
        dev.langchain4j.model.output.TokenUsage usage = response.tokenUsage();
        if (usage == null) {
            return TokenUsage.ZERO;
        }
        return new TokenUsage(orZero(usage.inputTokenCount()), orZero(usage.outputTokenCount()));
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
