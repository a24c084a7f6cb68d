package org.aigc.games.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.games.service.DialogueMemory;
import org.aigc.outbox.ConsumerRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Appends an NPC's reply to its dialogue session once the reply is released. vertical-core has no "result completed"
 * hook, so the service reads its own results back from {@code aigc.results} (its own consumer group) and keeps only
 * completed npc-dialogue results of this vertical. Redeliveries are deduplicated by request id. A malformed record
 * goes to {@code aigc.results.dlq}; a transient database failure is retried first ({@link ConsumerRetry}).
 */
@ApplicationScoped
public class TurnRecorder {

    private final DialogueMemory memory;
    private final ConsumerRetry retry;

    TurnRecorder(DialogueMemory memory, ConsumerRetry retry) {
        this.memory = memory;
        this.retry = retry;
    }

    @Incoming("results-in")
    @Blocking
    public void consume(String payload) {
        GenerationCompleted result = EventSchemas.validate(GenerationCompleted.class, payload);
        if ("games".equals(result.vertical()) && "npc-dialogue".equals(result.task())
                && result.status() == GenerationStatus.COMPLETED) {
            retry.run("dialogue turn " + result.requestId(), () -> memory.record(result));
        }
    }
}
