package org.aigc.generation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.ModelChunk;
import org.aigc.generation.service.ChunkSink;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Sends a streaming call's deltas to {@code aigc.model-chunks} (key requestId, so they stay in order on one
 * partition) as they arrive, numbered from 0, and a last chunk with {@code done=true} (and an errorCode when the
 * stream failed). Deltas arrive on the I/O thread: sending only enqueues, it never blocks.
 */
@ApplicationScoped
public class ChunkPublisher {

    private final Emitter<String> chunks;

    @Inject
    public ChunkPublisher(@Channel("model-chunks-out") Emitter<String> chunks) {
        this.chunks = chunks;
    }

    public Stream open(ModelCallRequested call) {
        return new Stream(call);
    }

    /** One call's chunk stream; deltas after {@link #end} (a late provider after a timeout) are dropped. */
    public final class Stream implements ChunkSink {

        private final ModelCallRequested call;
        private final AtomicInteger seq = new AtomicInteger();
        private final AtomicBoolean ended = new AtomicBoolean();

        private Stream(ModelCallRequested call) {
            this.call = call;
        }

        @Override
        public synchronized void delta(String text) {
            if (!ended.get()) {
                // not awaited: the closing chunk's acknowledgement covers the earlier ones of the partition
                KafkaSend.send(chunks, null, call.requestId(), Json.write(ModelChunk.delta(call, seq.getAndIncrement(),
                        text)));
            }
        }

        @Override
        public boolean started() {
            return seq.get() > 0;
        }

        /** The closing chunk; completes when Kafka acknowledged it (and, being later on the partition, the rest). */
        public synchronized CompletableFuture<Void> end(String errorCode) {
            ended.set(true);
            return KafkaSend.send(chunks, null, call.requestId(), Json.write(ModelChunk.end(call,
                    seq.getAndIncrement(), errorCode)));
        }
    }
}
