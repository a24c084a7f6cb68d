package org.aigc.vertical.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Recovery of generations stuck waiting for their model result ({@link org.aigc.vertical.service.ModelCallRecovery}).
 * A model call is normally answered within the generation service's call deadline (30 s by default) plus queueing;
 * a generation still waiting long after that lost its call or its answer (a crash between two hops, a record on a
 * dead-letter topic). Env {@code AIGC_RECOVERY_...}.
 */
@ConfigMapping(prefix = "aigc.recovery")
public interface RecoveryConfig {

    /** How often the sweeper looks for stuck generations (a Quarkus scheduler period); {@code off} disables it. */
    @WithDefault("30s")
    String every();

    /**
     * How long a generation may wait for its model result (since the call was requested or last re-issued) before
     * the call is re-issued under the same callId. Keep it well above the generation service's call deadline with
     * its retries, or slow but healthy calls are asked twice (harmless, deduplicated, but wasted).
     */
    @WithDefault("2m")
    Duration modelResultDeadline();

    /**
     * How many times a stuck call is re-issued. When the deadline passes once more after the last re-issue the
     * generation fails with errorCode {@code RECOVERY_EXHAUSTED} and a final GenerationCompleted is published.
     * With the defaults a generation ends at the latest about 6 minutes after its call was requested.
     */
    @WithDefault("2")
    int maxReissues();

    /** Most stuck generations handled in one sweep. */
    @WithDefault("100")
    int batch();
}
