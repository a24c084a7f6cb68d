package org.aigc.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs the processing of one consumed record again, with bounded exponential backoff, while it fails for a
 * {@linkplain TransientFailures transient} reason; any other failure, or the last attempt's, is rethrown at once so
 * the record is nacked to its dead-letter topic. For blocking consumers (worker thread): it sleeps between attempts,
 * holding back the partition, which is what a database outage calls for. Each attempt must be a transaction of its
 * own (call a {@code @Transactional} method, do not retry inside one).
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    /** Pauses between attempts; replaced in unit tests. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final ConsumerRetryConfig config;
    private final Sleeper sleeper;

    @Inject
    ConsumerRetry(ConsumerRetryConfig config) {
        this(config, d -> Thread.sleep(d.toMillis()));
    }

    ConsumerRetry(ConsumerRetryConfig config, Sleeper sleeper) {
        this.config = config;
        this.sleeper = sleeper;
    }

    public void run(String what, Runnable work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    public <T> T call(String what, Supplier<T> work) {
        Duration delay = config.initialDelay();
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts() || !TransientFailures.isTransient(e)) {
                    throw e;
                }
                // up to 20 % jitter, so replicas hit by the same outage do not retry in lockstep
                Duration pause = delay.plusMillis(ThreadLocalRandom.current().nextLong(delay.toMillis() / 5 + 1));
                LOG.warnf("%s failed transiently (attempt %d of %d), retrying in %d ms: %s", what, attempt,
                        config.maxAttempts(), pause.toMillis(), e);
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                delay = delay.multipliedBy(2).compareTo(config.maxDelay()) > 0 ? config.maxDelay()
                        : delay.multipliedBy(2);
            }
        }
    }
}
