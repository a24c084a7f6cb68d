package org.aigc.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How Kafka consumers retry a record whose processing hit a transient infrastructure failure before they give up and
 * nack it to the dead-letter topic. The defaults span about 8 s (0.25 + 0.5 + 1 + 2 + 4), enough for a database
 * restart or a connection pool running dry, short enough that the partition is not stalled for long.
 */
@ConfigMapping(prefix = "aigc.consumer-retry")
public interface ConsumerRetryConfig {

    /** Attempts in all, the first included; 1 turns retrying off. */
    @WithDefault("6")
    int maxAttempts();

    /** Pause before the second attempt; doubled before each further one. */
    @WithDefault("250ms")
    Duration initialDelay();

    /** Longest pause between two attempts. */
    @WithDefault("4s")
    Duration maxDelay();
}
