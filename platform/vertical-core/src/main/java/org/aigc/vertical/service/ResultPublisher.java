package org.aigc.vertical.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.Json;
import org.aigc.contracts.Topics;
import org.aigc.outbox.Outbox;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.Generation;

/**
 * Ends a generation: stores the result on its row, audits the final decision and publishes
 * {@link GenerationCompleted} through the outbox, all in the caller's transaction.
 */
@ApplicationScoped
public class ResultPublisher {

    private final Outbox outbox;
    private final AuditTrail audit;
    private final VerticalConfig config;
    private final Event<GenerationFinished> finished;

    ResultPublisher(Outbox outbox, AuditTrail audit, VerticalConfig config, Event<GenerationFinished> finished) {
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.finished = finished;
    }

    /** A result builder for the generation's identity. */
    public GenerationCompleted.Builder resultFor(Generation generation,
            org.aigc.contracts.GenerationStatus status) {
        return GenerationCompleted.of(generation.requestId, generation.tenantId, config.name(), generation.task,
                status);
    }

    public void finish(Generation generation, GenerationCompleted result) {
        generation.status = result.status().name();
        generation.content = result.content();
        generation.output = result.output() == null ? null : Json.write(result.output());
        generation.findings = Json.write(result.findings());
        generation.labels = result.labels() == null ? null : Json.write(result.labels());
        generation.usage = result.usage() == null ? null : Json.write(result.usage());
        generation.timings = Json.write(result.timings());
        generation.errorCode = result.errorCode();
        generation.reason = result.reason();
        if (result.model() != null) {
            generation.model = result.model();
        }
        generation.updatedAt = Instant.now();

        Map<String, Object> detail = new HashMap<>();
        detail.put("status", result.status().name());
        if (result.errorCode() != null) {
            detail.put("errorCode", result.errorCode());
            detail.put("reason", result.reason());
        }
        if (result.content() != null) {
            detail.put("contentSha256", Hashes.sha256(result.content()));
        }
        if (result.templateVersion() != null) {
            detail.put("templateVersion", result.templateVersion());
        }
        if (!result.fieldErrors().isEmpty()) {
            detail.put("fieldErrors", result.fieldErrors());
        }
        audit.decision(generation, "FINISHED", detail);
        outbox.publish(Topics.RESULTS, generation.requestId, result);
        finished.fire(new GenerationFinished(generation, result));
    }
}
