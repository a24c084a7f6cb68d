package org.aigc.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.contracts.ModelChunk;
import org.aigc.gateway.service.JobStreams;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Passes model deltas to this replica's open event streams. Per-replica consumer group (like {@link WaiterWakeup}):
 * every replica sees every chunk, starting at the latest offset, never committing. The key (requestId) is checked
 * before the value is parsed, so chunks of requests nobody here watches cost almost nothing.
 */
@ApplicationScoped
public class ChunkRelay {

    private static final Logger LOG = Logger.getLogger(ChunkRelay.class);

    private final JobStreams streams;

    ChunkRelay(JobStreams streams) {
        this.streams = streams;
    }

    @Incoming("chunks-in")
    public java.util.concurrent.CompletionStage<Void> relay(
            org.eclipse.microprofile.reactive.messaging.Message<String> message) {
        try {
            String key = message.getMetadata(io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata.class)
                    .map(meta -> (String) meta.getKey()).orElse(null);
            if (key == null || streams.watching(key)) {
                ModelChunk chunk = Json.read(message.getPayload(), ModelChunk.class);
                if (chunk.requestId() != null) {
                    streams.chunk(chunk);
                }
            }
        } catch (MalformedEventException | ClassCastException e) {
            LOG.debugf("skipping malformed chunk: %s", e.getMessage());
        }
        return message.ack();
    }
}
