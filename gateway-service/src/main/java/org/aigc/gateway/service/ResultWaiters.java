package org.aigc.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.gateway.config.GatewayConfig;

/**
 * This replica's callers waiting for a result, by requestId. A waiter is a future, not a thread: thousands can wait
 * at no cost but memory. Completed by the replica's own consumer of {@code aigc.results}. A waiter must be registered
 * before the request is published, so a fast result cannot slip past it.
 */
@ApplicationScoped
public class ResultWaiters {

    /** One caller waiting for one request's result. */
    public record Waiter(String requestId, CompletableFuture<GenerationCompleted> result) {
    }

    private final Map<String, List<Waiter>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final int capacity;

    ResultWaiters(GatewayConfig config) {
        this.capacity = config.waiting().maxWaiters();
    }

    /** A new waiter, or empty when the replica already holds its maximum (the caller then gets 202 at once). */
    public Optional<Waiter> register(String requestId) {
        if (count.incrementAndGet() > capacity) {
            count.decrementAndGet();
            return Optional.empty();
        }
        Waiter waiter = new Waiter(requestId, new CompletableFuture<>());
        waiting.compute(requestId, (id, list) -> {
            List<Waiter> waiters = list == null ? new ArrayList<>(1) : list;
            waiters.add(waiter);
            return waiters;
        });
        return Optional.of(waiter);
    }

    /** Wakes every waiter of the event's request. */
    public void complete(GenerationCompleted event) {
        List<Waiter> waiters = waiting.remove(event.requestId());
        if (waiters != null) {
            count.addAndGet(-waiters.size());
            waiters.forEach(waiter -> waiter.result().complete(event));
        }
    }

    /** Forgets a waiter that timed out or whose caller went away; a no-op once it was completed. */
    public void remove(Waiter waiter) {
        waiting.computeIfPresent(waiter.requestId(), (id, waiters) -> {
            if (waiters.remove(waiter)) {
                count.decrementAndGet();
            }
            return waiters.isEmpty() ? null : waiters;
        });
    }

    /** Callers waiting right now. */
    public int size() {
        return count.get();
    }
}
