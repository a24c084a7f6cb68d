package org.aigc.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The last line of recovery for jobs that never got a final result ({@link org.aigc.gateway.service.StuckJobs}).
 * The industry services recover their own stuck generations first (re-issue the model call, then fail with
 * {@code RECOVERY_EXHAUSTED}, about 6 minutes at their defaults); a job still PENDING after {@code job-deadline}
 * lost its request or its result on the way (a vertical down for good, a record dead-lettered) and is failed here
 * with errorCode {@value org.aigc.gateway.service.StuckJobs#TIMED_OUT}, its reservation released. Jobs held for
 * review ({@code NEEDS_REVIEW}) wait for a person and are never failed. Env {@code GATEWAY_RECOVERY_...}.
 */
@ConfigMapping(prefix = "gateway.recovery")
public interface RecoveryConfig {

    /** How often the sweeper runs (a Quarkus scheduler period); {@code off} disables it. */
    @WithDefault("1m")
    String every();

    /** How long a job may stay PENDING after it was accepted before it is failed. Keep it above the verticals' recovery. */
    @WithDefault("15m")
    Duration jobDeadline();

    /** Most jobs failed in one pass. */
    @WithDefault("200")
    int batch();
}
