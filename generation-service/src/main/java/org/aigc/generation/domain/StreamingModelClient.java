package org.aigc.generation.domain;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.aigc.contracts.ModelCallRequested;

/**
 * A model that streams. {@code onDelta} is called on the I/O thread for each delta in order and must not block. The
 * future completes with the whole reply, or fails with a {@link ModelCallException} (a stream that ends without a
 * finish reason is a {@code MODEL_STREAM_CUT}, never a clean result).
 */
public interface StreamingModelClient {

    CompletableFuture<ModelReply> stream(ModelCallRequested call, Consumer<String> onDelta);
}
