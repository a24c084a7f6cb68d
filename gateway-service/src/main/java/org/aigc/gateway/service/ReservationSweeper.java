package org.aigc.gateway.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.aigc.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Releases what finished jobs still hold once their usage grace has passed. Every replica runs it: a release locks
 * the reservation row and is idempotent, so two replicas never give the same amount back twice.
 */
@ApplicationScoped
public class ReservationSweeper {

    private static final Logger LOG = Logger.getLogger(ReservationSweeper.class);

    private final Reservations reservations;
    private final GatewayConfig config;

    ReservationSweeper(Reservations reservations, GatewayConfig config) {
        this.reservations = reservations;
        this.config = config;
    }

    @Scheduled(every = "${gateway.metering.sweep-interval:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void releaseAfterGrace() {
        int released;
        do {
            released = reservations.releaseFinishedBefore(Instant.now().minus(config.metering().usageGrace()));
            if (released > 0) {
                LOG.debugf("released %d finished reservations past their usage grace", released);
            }
        } while (released == Reservations.RELEASE_BATCH);
    }
}
