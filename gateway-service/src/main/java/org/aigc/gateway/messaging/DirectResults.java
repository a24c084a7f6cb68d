package org.aigc.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.gateway.service.DirectCalls;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Answers of direct model calls ({@code aigc.model-results.direct}), one consumer group per process from the latest
 * offset like {@link WaiterWakeup}: the replica that holds the caller completes it. Runs on the event loop. A record
 * that breaks the contract throws, is nacked and goes to {@code aigc.model-results.direct.dlq}; as every replica reads
 * every record, each replica dead-letters its own copy (same {@code dead-letter-partition}/{@code -offset} headers).
 */
@ApplicationScoped
public class DirectResults {

    private final DirectCalls calls;

    DirectResults(DirectCalls calls) {
        this.calls = calls;
    }

    @Incoming("direct-in")
    public void complete(String payload) {
        ModelCallCompleted completed = EventSchemas.validate(ModelCallCompleted.class, payload);
        if (calls.waitingFor(completed.requestId())) {
            calls.complete(completed);
        }
    }
}
