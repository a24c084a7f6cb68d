package org.aigc.generation.client;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.domain.StreamingModelClient;

/**
 * A streaming model behind an OpenAI-compatible endpoint. Callbacks arrive on the event loop, so they only hand the
 * delta on. A stream that ends without a finish reason (connection closed mid-answer, no {@code [DONE]}) is reported
 * as {@code MODEL_STREAM_CUT}: the text so far must never pass for a complete answer.
 */
public final class OpenAiStreamingClient implements StreamingModelClient {

    private final StreamingChatModel model;
    private final String providerModel;

    private OpenAiStreamingClient(StreamingChatModel model, String providerModel) {
        this.model = model;
        this.providerModel = providerModel;
    }

    public static OpenAiStreamingClient create(String baseUrl, String apiKey, String providerModel,
            Duration idleTimeout) {
        long seconds = Math.max(1, (idleTimeout.toMillis() + 999) / 1000);
        StreamingChatModel model = OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(providerModel)
                .timeout(Duration.ofSeconds(seconds))
                .strictJsonSchema(false)
                .logRequests(false)
                .logResponses(false)
                .build();
        return new OpenAiStreamingClient(model, providerModel);
    }

    @Override
    public CompletableFuture<ModelReply> stream(ModelCallRequested call, Consumer<String> onDelta) {
        CompletableFuture<ModelReply> done = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        try {
            model.chat(ChatRequestMapper.toChatRequest(call), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String delta) {
                    if (delta != null && !delta.isEmpty() && !done.isDone()) {
                        text.append(delta);
                        onDelta.accept(delta);
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(reply(response, text));
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(ProviderErrors.classify(error));
                }
            });
        } catch (RuntimeException e) {
            done.completeExceptionally(ProviderErrors.classify(e));
        }
        return done;
    }

    private ModelReply reply(ChatResponse response, StringBuilder text) {
        TokenUsage usage = TokenUsage.ZERO;
        if (response != null && response.tokenUsage() != null) {
            Integer in = response.tokenUsage().inputTokenCount();
            Integer out = response.tokenUsage().outputTokenCount();
            usage = new TokenUsage(in == null ? 0 : in, out == null ? 0 : out);
        }
        if (response == null || response.finishReason() == null) {
            throw new ModelCallException(ErrorCode.MODEL_STREAM_CUT, false,
                    "the stream ended without a finish reason after " + text.length() + " characters", null, usage);
        }
        String answeredBy = response.modelName() != null ? response.modelName() : providerModel;
        return new ModelReply(text.toString(), response.finishReason().name().toLowerCase(Locale.ROOT), usage,
                answeredBy);
    }
}
