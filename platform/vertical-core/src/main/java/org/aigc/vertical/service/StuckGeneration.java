package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.GenerationOptions;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.outbox.Outbox;
import org.aigc.vertical.config.RecoveryConfig;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.AuditEvent;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.domain.TaskDefinition;

/**
 * What recovery does with one generation stuck in GENERATING: re-issue its model call under the same callId
 * (audited as {@value #REISSUED}, counted from the audit trail), or, once {@code max-reissues} are used up, finish it
 * as FAILED with errorCode {@value #EXHAUSTED}. A model result that arrives later is ignored by
 * {@link ResultPipeline} (the generation is no longer GENERATING); its usage is still metered once (by callId).
 */
@ApplicationScoped
public class StuckGeneration {

    public static final String REISSUED = "MODEL_CALL_REISSUED";
    public static final String EXHAUSTED = "RECOVERY_EXHAUSTED";

    private final Outbox outbox;
    private final AuditTrail audit;
    private final ResultPublisher results;
    private final RecoveryConfig config;
    private final VerticalConfig vertical;

    StuckGeneration(Outbox outbox, AuditTrail audit, ResultPublisher results, RecoveryConfig config,
            VerticalConfig vertical) {
        this.outbox = outbox;
        this.audit = audit;
        this.results = results;
        this.config = config;
        this.vertical = vertical;
    }

    /** Handles the generation if it is still stuck (locked, re-checked); returns whether it did anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean handle(long id, Instant waitingSince) {
        Generation generation = Generation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (generation == null || !Generation.GENERATING.equals(generation.status)
                || !generation.updatedAt.isBefore(waitingSince)) {
            return false; // answered or recovered meanwhile (another replica, or the result just arrived)
        }
        long reissued = AuditEvent.count("requestId = ?1 and tenantId = ?2 and kind = ?3", generation.requestId,
                generation.tenantId, REISSUED);
        TaskDefinition task = TaskDefinition.findById(generation.task);
        if (reissued >= config.maxReissues() || task == null || generation.prompt == null) {
            results.finish(generation, results.resultFor(generation, GenerationStatus.FAILED)
                    .model(generation.model).templateVersion(generation.templateVersion)
                    .usage(OutputRepair.earlierUsage(generation))
                    .error(EXHAUSTED, "no model result for call " + generation.callId + " within "
                            + config.modelResultDeadline().toSeconds() + " s, re-issued " + reissued + " time(s)")
                    .build());
            return true;
        }
        outbox.publish(Topics.MODEL_CALLS, generation.requestId, call(generation, task));
        generation.updatedAt = Instant.now();
        audit.decision(generation, REISSUED, Map.of("callId", generation.callId, "attempt", reissued + 1));
        return true;
    }

    /**
     * The call as first requested, rebuilt from the row. A repair call ({@code #2}) is re-asked with the original
     * prompt: its extra messages (the invalid answer) are not stored, and any answer is checked against the schema.
     */
    private ModelCallRequested call(Generation generation, TaskDefinition task) {
        GenerationOptions options = Json.read(generation.options, GenerationOptions.class);
        int maxTokens = options.maxTokens() == null ? task.maxTokens : Math.min(options.maxTokens(), task.maxTokens);
        JsonNode responseSchema = task.jsonOutput() ? Json.tree(task.outputSchema) : null;
        List<ChatMessage> messages = List.of(Json.read(generation.prompt, ChatMessage[].class));
        return ModelCallRequested.of(generation.requestId, generation.tenantId, vertical.name(), generation.callId,
                task.name, generation.model, messages, task.temperature.doubleValue(), maxTokens, responseSchema,
                options.stream() && generation.callId.endsWith(OutputRepair.FIRST_CALL));
    }
}
