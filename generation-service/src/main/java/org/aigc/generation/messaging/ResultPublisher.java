package org.aigc.generation.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.Topics;
import org.aigc.contracts.UsageRecorded;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Publishes a call's result to {@code aigc.model-results.<vertical>} (topic chosen per record, key requestId) and its
 * usage to {@code aigc.usage} (key tenantId). The returned future completes when Kafka acknowledged every record, so
 * the incoming call is only committed after its answer is durable.
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

    public CompletableFuture<Void> publish(ModelCallCompleted completed, Optional<UsageRecorded> usageRecord) {
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        sent.add(send(results, Topics.modelResults(completed.vertical()), completed.requestId(),
                Json.write(completed)));
        usageRecord.ifPresent(u -> sent.add(send(usage, null, u.tenantId(), Json.write(u))));
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }

    private static CompletableFuture<Void> send(Emitter<String> emitter, String topic, String key, String payload) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> metadata =
                OutgoingKafkaRecordMetadata.<String>builder().withKey(key);
        if (topic != null) {
            metadata.withTopic(topic);
        }
        Message<String> message = Message.of(payload, Metadata.of(metadata.build()), () -> {
            acked.complete(null);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            acked.completeExceptionally(failure);
            return CompletableFuture.completedFuture(null);
        });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }
}
