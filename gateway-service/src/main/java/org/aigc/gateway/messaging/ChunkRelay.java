package org.aigc.gateway.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.MalformedEventException;
import org.aigc.contracts.ModelChunk;
import org.aigc.gateway.service.JobStreams;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Passes model deltas to this replica's open event streams. Per-replica consumer group (like {@link WaiterWakeup}):
 * every replica sees every chunk, starting at the latest offset, never committing. The key (requestId) is checked
 * before the value is parsed, so chunks of requests nobody here watches cost almost nothing (and are not checked).
 * A chunk this replica does parse and that breaks the contract, or whose key is not its requestId, is nacked and goes
 * to {@code aigc.model-chunks.dlq}; the stream goes on.
 */
@ApplicationScoped
public class ChunkRelay {

    private static final Logger LOG = Logger.getLogger(ChunkRelay.class);

    private final JobStreams streams;

    ChunkRelay(JobStreams streams) {
        this.streams = streams;
    }

    @Incoming("chunks-in")
    public CompletionStage<Void> relay(Message<String> message) {
        Object key = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getKey)
                .orElse(null);
        if (key != null && !(key instanceof String)) {
            return message.nack(new MalformedEventException("chunk key is not a string: " + key.getClass()));
        }
        if (key != null && !streams.watching((String) key)) {
            return message.ack();
        }
        ModelChunk chunk;
        try {
            chunk = EventSchemas.validate(ModelChunk.class, message.getPayload());
            if (key != null && !key.equals(chunk.requestId())) {
                throw new MalformedEventException("chunk key " + key + " is not its requestId " + chunk.requestId());
            }
        } catch (MalformedEventException e) {
            LOG.debugf("dead-lettering a malformed chunk: %s", e.getMessage());
            return message.nack(e);
        }
        streams.chunk(chunk);
        return message.ack();
    }
}
