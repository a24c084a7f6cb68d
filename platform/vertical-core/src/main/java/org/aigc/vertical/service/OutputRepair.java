package org.aigc.vertical.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationOptions;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.TokenUsage;
import org.aigc.contracts.Topics;
import org.aigc.outbox.Outbox;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.domain.TaskDefinition;

/**
 * Re-asks the model once when its answer to a JSON task does not match the output schema: the same prompt, the
 * invalid answer, and what was wrong with it, as call {@code <requestId>#2}. A second invalid answer fails the job.
 */
@ApplicationScoped
public class OutputRepair {

    static final String FIRST_CALL = "#1";
    static final String REPAIR_CALL = "#2";
    /** The invalid answer is quoted back to the model; a runaway answer is cut so the repair prompt stays bounded. */
    static final int MAX_QUOTED_ANSWER = 8_000;

    private final Outbox outbox;
    private final AuditTrail audit;
    private final VerticalConfig config;

    OutputRepair(Outbox outbox, AuditTrail audit, VerticalConfig config) {
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
    }

    /**
     * Requests the repair call, unless this answer already was the repair (or the prompt is unknown).
     *
     * @return whether a repair call was requested
     */
    public boolean reask(Generation generation, TaskDefinition task, String invalidAnswer, TokenUsage spent,
            List<FieldError> problems) {
        if (generation.callId == null || !generation.callId.endsWith(FIRST_CALL) || generation.prompt == null) {
            return false;
        }
        List<ChatMessage> messages = new ArrayList<>(List.of(Json.read(generation.prompt, ChatMessage[].class)));
        messages.add(ChatMessage.assistant(invalidAnswer.length() > MAX_QUOTED_ANSWER
                ? invalidAnswer.substring(0, MAX_QUOTED_ANSWER) : invalidAnswer));
        messages.add(ChatMessage.user("Your answer does not match the required JSON schema: " + describe(problems)
                + ". Answer again with only the corrected JSON value, matching the schema exactly."));
        GenerationOptions options = Json.read(generation.options, GenerationOptions.class);
        int maxTokens = options.maxTokens() == null ? task.maxTokens : Math.min(options.maxTokens(), task.maxTokens);
        String callId = generation.requestId + REPAIR_CALL;
        ModelCallRequested repair = ModelCallRequested.of(generation.requestId, generation.tenantId, config.name(),
                callId, task.name, generation.model, messages, task.temperature.doubleValue(), maxTokens,
                Json.tree(task.outputSchema), false);
        generation.callId = callId;
        // the first answer's tokens were spent too; the final result reports both calls
        generation.usage = Json.write(spent);
        generation.updatedAt = Instant.now();
        audit.decision(generation, "OUTPUT_REPAIR_REQUESTED", Map.of("callId", callId, "problems", problems));
        outbox.publish(Topics.MODEL_CALLS, generation.requestId, repair);
        return true;
    }

    /** Tokens of earlier calls of a request still generating (the invalid first answer of a repaired one). */
    public static TokenUsage earlierUsage(Generation generation) {
        return generation.usage == null ? TokenUsage.ZERO : Json.read(generation.usage, TokenUsage.class);
    }

    private static String describe(List<FieldError> problems) {
        return problems.stream().limit(10).map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
    }
}
