package org.aigc.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.Labels;
import org.aigc.contracts.TokenUsage;

/** What the caller sees of an industry service's answer: everything of {@link GenerationCompleted} but identity. */
public record JobResult(
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
        List<FieldError> fieldErrors) {

    public static JobResult of(GenerationCompleted event) {
        return new JobResult(event.content(), event.output(), event.findings(), event.labels(), event.model(),
                event.templateVersion(), event.usage(), event.timings(), event.errorCode(), event.reason(),
                event.fieldErrors());
    }
}
