package org.aigc.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.gateway.service.JobStreams;
import org.aigc.gateway.service.ResultWaiters;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Wakes this replica's waiting callers. Its consumer group is unique per process ({@code gateway-service-waiters-
 * <uuid>}, from the latest offset), so every replica sees every result. Runs on the event loop: it only completes
 * futures. Malformed records are skipped here; the shared {@link ResultRecorder} sends them to the DLQ.
 */
@ApplicationScoped
public class WaiterWakeup {

    private static final Logger LOG = Logger.getLogger(WaiterWakeup.class);

    private final ResultWaiters waiters;
    private final JobStreams streams;

    WaiterWakeup(ResultWaiters waiters, JobStreams streams) {
        this.waiters = waiters;
        this.streams = streams;
    }

    @Incoming("waiters-in")
    public void wake(String payload) {
        try {
            GenerationCompleted event = Json.read(payload, GenerationCompleted.class);
            if (event.requestId() != null && event.status() != null && event.status() != GenerationStatus.PENDING) {
                waiters.complete(event);
                streams.result(event);
            }
        } catch (MalformedEventException e) {
            LOG.debugf("skipping malformed result: %s", e.getMessage());
        }
    }
}
