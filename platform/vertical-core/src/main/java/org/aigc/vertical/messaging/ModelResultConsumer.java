package org.aigc.vertical.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.aigc.contracts.EventSchemas;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.vertical.service.ResultPipeline;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code aigc.model-results.<vertical>}; malformed records go to the topic's {@code .dlq}. */
@ApplicationScoped
public class ModelResultConsumer {

    private final ResultPipeline pipeline;

    ModelResultConsumer(ResultPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Incoming("model-results-in")
    @Blocking
    public void consume(String payload) {
        pipeline.complete(EventSchemas.validate(ModelCallCompleted.class, payload));
    }
}
