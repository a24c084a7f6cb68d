package org.aigc.generation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.Topics;
import org.aigc.contracts.UsageRecorded;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Publishes a call's result to {@code aigc.model-results.<vertical>} (topic chosen per record, key requestId) and its
 * usage records to {@code aigc.usage} (key tenantId). The returned future completes when Kafka acknowledged every
 * record, so the incoming call is only committed after its answer is durable.
 */
@ApplicationScoped
public class ResultPublisher {

    private final Emitter<String> results;
    private final Emitter<String> usage;

    @Inject
    public ResultPublisher(@Channel("model-results-out") Emitter<String> results,
            @Channel("usage-out") Emitter<String> usage) {
        this.results = results;
        this.usage = usage;
    }

    public CompletableFuture<Void> publish(ModelCallCompleted completed, List<UsageRecorded> usageRecords) {
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        sent.add(KafkaSend.send(results, Topics.modelResults(completed.vertical()), completed.requestId(),
                Json.write(completed)));
        usageRecords.forEach(u -> sent.add(KafkaSend.send(usage, null, u.tenantId(), Json.write(u))));
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }
}
