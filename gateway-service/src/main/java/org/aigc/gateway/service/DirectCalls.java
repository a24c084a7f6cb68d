package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.aigc.contracts.ModelCallCompleted;

/**
 * This replica's direct model calls waiting for their {@link ModelCallCompleted}, by requestId. Completed by the
 * replica's own consumer of the direct results topic; a future, not a thread, per call.
 */
@ApplicationScoped
public class DirectCalls {

    private final Map<String, CompletableFuture<ModelCallCompleted>> waiting = new ConcurrentHashMap<>();

    /** Registered before the call is published, so an instant answer finds it. */
    public CompletableFuture<ModelCallCompleted> register(String requestId) {
        return waiting.computeIfAbsent(requestId, id -> new CompletableFuture<>());
    }

    public void complete(ModelCallCompleted completed) {
        Optional.ofNullable(waiting.remove(completed.requestId())).ifPresent(f -> f.complete(completed));
    }

    public void forget(String requestId) {
        waiting.remove(requestId);
    }

    public boolean waitingFor(String requestId) {
        return requestId != null && waiting.containsKey(requestId);
    }
}
