package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.ModelChunk;

/**
 * This replica's open event streams ({@code GET /api/v1/jobs/{id}/events}), by requestId. The replica's own consumers
 * of {@code aigc.model-chunks} and {@code aigc.results} push into them; records of requests nobody here is watching
 * are dropped at the cost of one map lookup.
 */
@ApplicationScoped
public class JobStreams {

    /** One open stream. Callbacks run on consumer threads and must not block. */
    public interface Listener {
        void chunk(ModelChunk chunk);

        void result(GenerationCompleted result);
    }

    private final Map<String, List<Listener>> open = new ConcurrentHashMap<>();

    public void open(String requestId, Listener listener) {
        open.computeIfAbsent(requestId, id -> new CopyOnWriteArrayList<>()).add(listener);
    }

    public void close(String requestId, Listener listener) {
        open.computeIfPresent(requestId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    public boolean watching(String requestId) {
        return requestId != null && open.containsKey(requestId);
    }

    public void chunk(ModelChunk chunk) {
        List<Listener> listeners = open.get(chunk.requestId());
        if (listeners != null) {
            listeners.forEach(listener -> listener.chunk(chunk));
        }
    }

    public void result(GenerationCompleted result) {
        List<Listener> listeners = open.get(result.requestId());
        if (listeners != null) {
            listeners.forEach(listener -> listener.result(result));
        }
    }

    public int size() {
        return open.size();
    }
}
