package org.aigc.generation.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.MalformedEventException;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.generation.config.GenerationConfig;
import org.aigc.generation.domain.ErrorCode;
import org.aigc.generation.domain.ModelCallException;
import org.aigc.generation.domain.Pricing;
import org.aigc.generation.service.CallOutcome;
import org.aigc.generation.service.ModelRouter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes {@code aigc.model-calls}. Each record is handled on the {@code model-calls} worker pool, unordered, so
 * slow model calls run side by side instead of stalling the partition (bounded by
 * {@code smallrye.messaging.worker.model-calls.max-concurrency}). The record is acknowledged only after the result
 * and the usage record are acknowledged by Kafka (at least once; the verticals dedupe by callId). A malformed record
 * is nacked and lands on {@code aigc.model-calls.dlq}. A streaming call's deltas go to {@code aigc.model-chunks} while it
 * runs; its closing chunk is sent before the result. A call of a request cancelled before the call started
 * ({@link Cancellations}) is not sent: it is answered FAILED with {@code CANCELLED} and nothing is billed.
 */
@ApplicationScoped
public class ModelCallConsumer {

    private static final Logger LOG = Logger.getLogger(ModelCallConsumer.class);

    private final ModelRouter router;
    private final ResultPublisher publisher;
    private final ChunkPublisher chunks;
    private final GenerationConfig.Calls config;
    private final Cancellations cancellations;

    @Inject
    public ModelCallConsumer(ModelRouter router, ResultPublisher publisher, ChunkPublisher chunks,
            GenerationConfig config, Cancellations cancellations) {
        this.router = router;
        this.publisher = publisher;
        this.chunks = chunks;
        this.config = config.calls();
        this.cancellations = cancellations;
    }

    @Incoming("model-calls-in")
    @Blocking(value = "model-calls", ordered = false)
    public CompletionStage<Void> consume(Message<String> message) {
        ModelCallRequested call;
        try {
            call = parse(message.getPayload());
        } catch (MalformedEventException e) {
            LOG.warnf("dead-lettering a malformed model call: %s", e.getMessage());
            return message.nack(e);
        }
        CallOutcome outcome;
        ChunkPublisher.Stream stream = null;
        if (cancellations.isCancelled(call.requestId())) {
            // not sent, not billed; the industry service gets a FAILED result that the gateway no longer needs
            outcome = CallOutcome.failed(call.model(), null, Pricing.FREE, new ModelCallException(ErrorCode.CANCELLED,
                    "request " + call.requestId() + " was cancelled before this call started"), 0);
        } else {
            stream = call.stream() ? chunks.open(call) : null;
            outcome = router.route(call, stream);
        }
        if (!outcome.ok()) {
            LOG.infof("call %s (request %s, model %s) failed: %s %s", call.callId(), call.requestId(), call.model(),
                    outcome.failure().code(), outcome.failure().getMessage());
        }
        try {
            CompletableFuture<Void> streamEnd = stream == null ? CompletableFuture.completedFuture(null)
                    : stream.end(outcome.ok() ? null : outcome.failure().code().name());
            CompletableFuture.allOf(streamEnd, publisher.publish(outcome.completed(call), outcome.usageRecords(call)))
                    .get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return message.nack(e);
        } catch (ExecutionException | TimeoutException e) {
            // the answer is not durable: keep the call (with the error headers) on the dead-letter topic
            LOG.errorf(e, "cannot publish the result of call %s", call.callId());
            return message.nack(e);
        }
        return message.ack();
    }

    static ModelCallRequested parse(String payload) {
        if (payload == null) {
            throw new MalformedEventException("empty model call record");
        }
        ModelCallRequested call;
        try {
            call = EventSchemas.validate(ModelCallRequested.class, payload);
        } catch (MalformedEventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedEventException("unreadable model call: " + e.getMessage(), e);
        }
        try {
            Topics.modelResults(call.vertical());
        } catch (RuntimeException e) {
            // without a known vertical there is no topic to answer on
            throw new MalformedEventException("unknown vertical '" + call.vertical() + "'", e);
        }
        return call;
    }
}
