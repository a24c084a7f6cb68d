package org.aigc.generation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.GenerationCancelled;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The requests cancelled lately, read from {@code aigc.cancellations} by every replica (a consumer group per process,
 * from the latest offset: a replica started after a cancellation does not know it, which only means that call is
 * made). Kept for {@link #KEEP}, long past any queued call; at most {@link #MAX_ENTRIES}, oldest dropped first.
 */
@ApplicationScoped
public class Cancellations {

    static final Duration KEEP = Duration.ofHours(1);
    static final int MAX_ENTRIES = 200_000;
    private static final int PRUNE_EVERY = 1_000;
    private static final Logger LOG = Logger.getLogger(Cancellations.class);

    private final Map<String, Instant> cancelledAt = new ConcurrentHashMap<>();
    private final AtomicInteger sincePrune = new AtomicInteger();
    private final Clock clock;

    public Cancellations() {
        this(Clock.systemUTC());
    }

    Cancellations(Clock clock) {
        this.clock = clock;
    }

    @Incoming("cancellations-in")
    public void consume(String payload) {
        GenerationCancelled cancelled = EventSchemas.validate(GenerationCancelled.class, payload);
        remember(cancelled.requestId());
        LOG.debugf("request %s cancelled: its model calls not yet started are skipped", cancelled.requestId());
    }

    void remember(String requestId) {
        cancelledAt.put(requestId, clock.instant());
        if (sincePrune.incrementAndGet() >= PRUNE_EVERY || cancelledAt.size() > MAX_ENTRIES) {
            sincePrune.set(0);
            prune();
        }
    }

    public boolean isCancelled(String requestId) {
        Instant at = cancelledAt.get(requestId);
        return at != null && at.isAfter(clock.instant().minus(KEEP));
    }

    private void prune() {
        Instant oldest = clock.instant().minus(KEEP);
        cancelledAt.values().removeIf(at -> at.isBefore(oldest));
        if (cancelledAt.size() > MAX_ENTRIES) {
            cancelledAt.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .limit(cancelledAt.size() - (long) MAX_ENTRIES).map(Map.Entry::getKey).toList()
                    .forEach(cancelledAt::remove);
        }
    }

    int size() {
        return cancelledAt.size();
    }
}
