package org.aigc.generation.client;

import dev.langchain4j.model.openai.internal.chat.ChatCompletionRequest;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Global REST client filter: on a 429 or 503 answer to {@code .../chat/completions} it records the provider's
 * {@code Retry-After} in {@link RetryAfterHints}, keyed by the base URL and the model id of the request entity.
 */
@Provider
public class RetryAfterFilter implements ClientResponseFilter {

    private static final String CHAT_PATH = "/chat/completions";

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        int status = response.getStatus();
        if (status != 429 && status != 503) {
            return;
        }
        String uri = request.getUri().toString();
        int at = uri.indexOf(CHAT_PATH);
        if (at < 0 || !(request.getEntity() instanceof ChatCompletionRequest chat)) {
            return;
        }
        RetryAfterHints.parse(response.getHeaderString("Retry-After"))
                .ifPresent(wait -> RetryAfterHints.note(uri.substring(0, at), chat.model(), wait));
    }
}
