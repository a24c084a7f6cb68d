package org.aigc.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the transactional outbox. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** How often the sweeper looks for unsent rows (read by the {@code @Scheduled} expression). */
    @WithDefault("2s")
    String sweepInterval();

    /** How old an unsent row must be before the sweeper re-sends it (rows normally go out right after commit). */
    @WithDefault("5s")
    Duration resendAfter();

    /** Most rows the sweeper re-sends in one pass. */
    @WithDefault("500")
    int sweepBatch();

    /** How long sent rows are kept before they are deleted. */
    @WithDefault("1h")
    Duration keepSent();
}
