package org.aigc.vertical.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.MalformedEventException;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.outbox.ConsumerRetry;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.service.ResultPipeline;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code aigc.model-results.<vertical>}. A record that breaks the contract, belongs to another vertical or
 * names another tenant than its request's is nacked: the failure strategy puts it on the topic's {@code .dlq} and
 * consumption continues. A transient database failure is retried first ({@link ConsumerRetry}). Processed
 * concurrently on the {@code industry-pipeline} worker pool, like {@link RequestConsumer}; two deliveries of one result
 * are serialised by the generation's row lock.
 */
@ApplicationScoped
public class ModelResultConsumer {

    private final ResultPipeline pipeline;
    private final VerticalConfig config;
    private final ConsumerRetry retry;

    ModelResultConsumer(ResultPipeline pipeline, VerticalConfig config, ConsumerRetry retry) {
        this.pipeline = pipeline;
        this.config = config;
        this.retry = retry;
    }

    @Incoming("model-results-in")
    @Blocking(value = "industry-pipeline", ordered = false)
    public void consume(String payload) {
        ModelCallCompleted result = EventSchemas.validate(ModelCallCompleted.class, payload);
        if (!config.name().equals(result.vertical())) {
            throw new MalformedEventException("model result " + result.callId() + " is for vertical "
                    + result.vertical() + ", this service is " + config.name());
        }
        retry.run("model result " + result.callId(), () -> pipeline.complete(result));
    }
}
