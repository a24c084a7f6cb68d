package org.aigc.generation.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.Optional;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;

/**
 * Maps what the LangChain4j/Quarkus REST client throws to a stable {@link ErrorCode} and whether a retry may help:
 * 429, 5xx, timeouts and connection errors are retried; other 4xx and unusable answers are not. The client wraps the
 * interesting exception in others, so the whole cause chain is examined, outermost first.
 */
public final class ProviderErrors {

    private static final int MAX_MESSAGE = 500;

    private ProviderErrors() {
    }

    public static ModelCallException classify(Throwable failure) {
        if (failure instanceof ModelCallException known) {
            return known;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<ModelCallException> classified = classifyOne(t, failure);
            if (classified.isPresent()) {
                return classified.get();
            }
        }
        return new ModelCallException(ErrorCode.MODEL_ERROR, false, message(failure), failure);
    }

    private static Optional<ModelCallException> classifyOne(Throwable t, Throwable failure) {
        if (t instanceof ModelCallException known) {
            return Optional.of(known);
        }
        if (isTimeout(t)) {
            return Optional.of(new ModelCallException(ErrorCode.MODEL_TIMEOUT, true, message(failure), failure));
        }
        if (t instanceof RateLimitException) {
            return Optional.of(new ModelCallException(ErrorCode.MODEL_RATE_LIMITED, true, message(failure), failure));
        }
        if (t instanceof InternalServerException) {
            return Optional.of(new ModelCallException(ErrorCode.MODEL_ERROR, true, message(failure), failure));
        }
        if (t instanceof AuthenticationException || t instanceof InvalidRequestException
                || t instanceof ModelNotFoundException) {
            return Optional.of(new ModelCallException(ErrorCode.MODEL_ERROR, false, message(failure), failure));
        }
        if (t instanceof HttpException http) {
            return Optional.of(byStatus(http.statusCode(), failure));
        }
        if (t instanceof WebApplicationException web && web.getResponse() != null) {
            return Optional.of(byStatus(web.getResponse().getStatus(), failure));
        }
        if (t instanceof JsonProcessingException) {
            return Optional.of(new ModelCallException(ErrorCode.MODEL_BAD_RESPONSE, false, message(failure), failure));
        }
        if (t instanceof IOException) {
            // connection refused/reset, closed channel: the next attempt may reach a healthy instance
            return Optional.of(new ModelCallException(ErrorCode.MODEL_ERROR, true, message(failure), failure));
        }
        return Optional.empty();
    }

    static ModelCallException byStatus(int status, Throwable failure) {
        if (status == 429) {
            return new ModelCallException(ErrorCode.MODEL_RATE_LIMITED, true, message(failure), failure);
        }
        if (status == 408) {
            return new ModelCallException(ErrorCode.MODEL_TIMEOUT, true, message(failure), failure);
        }
        return new ModelCallException(ErrorCode.MODEL_ERROR, status >= 500, message(failure), failure);
    }

    private static boolean isTimeout(Throwable t) {
        // java.util.concurrent / java.net / LangChain4j / Vert.x each have their own timeout type
        return t instanceof java.util.concurrent.TimeoutException
                || t instanceof java.net.SocketTimeoutException
                || t instanceof dev.langchain4j.exception.TimeoutException
                || t.getClass().getSimpleName().contains("Timeout");
    }

    private static String message(Throwable failure) {
        String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "..." : message;
    }
}
