package org.aigc.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The industry service's result for one {@link GenerationRequested}. Topic {@code aigc.results}, key requestId.
 *
 * @param status          COMPLETED, BLOCKED, NEEDS_REVIEW, FAILED or REJECTED
 * @param content         the screened, amended and labelled text (null unless COMPLETED or NEEDS_REVIEW)
 * @param output          the parsed JSON for tasks with a JSON output shape, else null
 * @param templateVersion the prompt template version used
 * @param timings         milliseconds per stage, e.g. {@code screen}, {@code model}, {@code total}
 * @param errorCode       stable code for FAILED and REJECTED, e.g. {@code UNKNOWN_TASK}, {@code INVALID_INPUT}
 * @param fieldErrors     input fields that failed validation (REJECTED)
 */
public record GenerationCompleted(
        String eventId,
        String requestId,
        String tenantId,
        String vertical,
        Instant occurredAt,
        int schemaVersion,
        String task,
        GenerationStatus status,
        String content,
        JsonNode output,
        List<Finding> findings,
        Labels labels,
        String model,
        Integer templateVersion,
        TokenUsage usage,
        Map<String, Long> timings,
        String errorCode,
        String reason,
        List<FieldError> fieldErrors) implements Event {

    /** A result for a request, with a fresh event id and timestamp. */
    public static Builder of(GenerationRequested request, GenerationStatus status) {
        return new Builder(request.requestId(), request.tenantId(), request.vertical(), request.task(), status);
    }

    public static Builder of(String requestId, String tenantId, String vertical, String task,
            GenerationStatus status) {
        return new Builder(requestId, tenantId, vertical, task, status);
    }

    /** Builds a result; everything but the identity and status is optional. */
    public static final class Builder {
        private final String requestId;
        private final String tenantId;
        private final String vertical;
        private final String task;
        private final GenerationStatus status;
        private String content;
        private JsonNode output;
        private List<Finding> findings = List.of();
        private Labels labels;
        private String model;
        private Integer templateVersion;
        private TokenUsage usage = TokenUsage.ZERO;
        private Map<String, Long> timings = Map.of();
        private String errorCode;
        private String reason;
        private List<FieldError> fieldErrors = List.of();

        private Builder(String requestId, String tenantId, String vertical, String task, GenerationStatus status) {
            this.requestId = requestId;
            this.tenantId = tenantId;
            this.vertical = vertical;
            this.task = task;
            this.status = status;
        }

        public Builder content(String content) {
            this.content = content;
            return this;
        }

        public Builder output(JsonNode output) {
            this.output = output;
            return this;
        }

        public Builder findings(List<Finding> findings) {
            this.findings = List.copyOf(findings);
            return this;
        }

        public Builder labels(Labels labels) {
            this.labels = labels;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder templateVersion(Integer templateVersion) {
            this.templateVersion = templateVersion;
            return this;
        }

        public Builder usage(TokenUsage usage) {
            this.usage = usage;
            return this;
        }

        public Builder timings(Map<String, Long> timings) {
            this.timings = Map.copyOf(timings);
            return this;
        }

        public Builder error(String errorCode, String reason) {
            this.errorCode = errorCode;
            this.reason = reason;
            return this;
        }

        public Builder fieldErrors(List<FieldError> fieldErrors) {
            this.fieldErrors = List.copyOf(fieldErrors);
            return this;
        }

        public GenerationCompleted build() {
            return new GenerationCompleted(UUID.randomUUID().toString(), requestId, tenantId, vertical, Instant.now(),
                    Event.SCHEMA_VERSION, task, status, content, output, findings, labels, model, templateVersion,
                    usage, timings, errorCode, reason, fieldErrors);
        }
    }
}
