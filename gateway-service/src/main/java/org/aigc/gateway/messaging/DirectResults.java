package org.aigc.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.gateway.service.DirectCalls;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Answers of direct model calls ({@code aigc.model-results.direct}), one consumer group per process from the latest
 * offset like {@link WaiterWakeup}: the replica that holds the caller completes it. Runs on the event loop.
 */
@ApplicationScoped
public class DirectResults {

    private static final Logger LOG = Logger.getLogger(DirectResults.class);

    private final DirectCalls calls;

    DirectResults(DirectCalls calls) {
        this.calls = calls;
    }

    @Incoming("direct-in")
    public void complete(String payload) {
        try {
            ModelCallCompleted completed = Json.read(payload, ModelCallCompleted.class);
            if (completed.requestId() != null && calls.waitingFor(completed.requestId())) {
                calls.complete(completed);
            }
        } catch (MalformedEventException e) {
            LOG.debugf("skipping malformed model result: %s", e.getMessage());
        }
    }
}
