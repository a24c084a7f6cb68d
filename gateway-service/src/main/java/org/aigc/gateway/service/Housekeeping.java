package org.aigc.gateway.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/** Prunes rows that can no longer matter: old rate-limit windows and idempotency keys past their 24 h. */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final RateLimiter limiter;
    private final IdempotencyKeys idempotency;

    Housekeeping(RateLimiter limiter, IdempotencyKeys idempotency) {
        this.limiter = limiter;
        this.idempotency = idempotency;
    }

    // every replica runs it; the deletes are idempotent and cheap
    @Scheduled(every = "${gateway.housekeeping-interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() {
        int windows = limiter.prune(Duration.ofMinutes(5));
        int keys = idempotency.prune();
        LOG.debugf("pruned %d rate-limit windows and %d idempotency keys", windows, keys);
    }
}
