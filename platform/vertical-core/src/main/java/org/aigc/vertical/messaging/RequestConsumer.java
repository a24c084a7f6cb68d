package org.aigc.vertical.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.MalformedEventException;
import org.aigc.outbox.ConsumerRetry;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.service.RequestPipeline;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code aigc.requests.<vertical>}. A record that breaks the contract, or belongs to another vertical, is
 * nacked: the failure strategy puts it on the topic's {@code .dlq} and consumption continues. A transient database
 * failure is retried first ({@link ConsumerRetry}). Records are processed concurrently, unordered, on the
 * {@code industry-pipeline} worker pool ({@code smallrye.messaging.worker.industry-pipeline.max-concurrency}); each
 * request is independent, and a redelivered copy is serialised behind the first by a lock on its request id.
 */
@ApplicationScoped
public class RequestConsumer {

    private final RequestPipeline pipeline;
    private final VerticalConfig config;
    private final ConsumerRetry retry;

    RequestConsumer(RequestPipeline pipeline, VerticalConfig config, ConsumerRetry retry) {
        this.pipeline = pipeline;
        this.config = config;
        this.retry = retry;
    }

    @Incoming("requests-in")
    @Blocking(value = "industry-pipeline", ordered = false)
    public void consume(String payload) {
        GenerationRequested request = EventSchemas.validate(GenerationRequested.class, payload);
        if (!config.name().equals(request.vertical())) {
            throw new MalformedEventException("request " + request.requestId() + " is for vertical "
                    + request.vertical() + ", this service is " + config.name());
        }
        retry.run("request " + request.requestId(), () -> pipeline.accept(request));
    }
}
