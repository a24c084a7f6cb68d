package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationOptions;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.TokenUsage;
import org.aigc.vertical.compliance.Action;
import org.aigc.vertical.compliance.ComplianceEngine;
import org.aigc.vertical.compliance.Screening;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.compliance.Stage;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.domain.TaskDefinition;
import org.aigc.vertical.labels.Labeller;
import org.jboss.logging.Logger;

/**
 * Step 7 of the pipeline for one {@link ModelCallCompleted}, in one transaction: check a JSON answer against the
 * output schema, screen and amend the output, label it, store it and publish GenerationCompleted.
 */
@ApplicationScoped
public class ResultPipeline {

    private static final Logger LOG = Logger.getLogger(ResultPipeline.class);

    private final ComplianceEngine compliance;
    private final Labeller labeller;
    private final ResultPublisher results;
    private final AuditTrail audit;
    private final OutputRepair repair;

    ResultPipeline(ComplianceEngine compliance, Labeller labeller, ResultPublisher results, AuditTrail audit,
            OutputRepair repair) {
        this.compliance = compliance;
        this.labeller = labeller;
        this.results = results;
        this.audit = audit;
        this.repair = repair;
    }

    @Transactional
    public void complete(ModelCallCompleted call) {
        Optional<Generation> found = Generation.lockByRequestId(call.requestId());
        if (found.isEmpty()) {
            LOG.warnf("model result for unknown request %s ignored", call.requestId());
            return;
        }
        Generation generation = found.get();
        if (!Objects.equals(generation.tenantId, call.tenantId())) {
            // never let one tenant's record finish another tenant's generation: dead-letter it
            throw new MalformedEventException("model result " + call.callId() + " names tenant " + call.tenantId()
                    + ", request " + call.requestId() + " belongs to another tenant");
        }
        if (!Generation.GENERATING.equals(generation.status) || !Objects.equals(generation.callId, call.callId())) {
            LOG.debugf("model result %s for %s (status %s) already handled", call.callId(), call.requestId(),
                    generation.status);
            return;
        }
        Instant received = Instant.now();
        TokenUsage usage = OutputRepair.earlierUsage(generation).plus(call.usage());
        // timings are taken when the result is built, so they include the output checks
        Function<GenerationStatus, GenerationCompleted.Builder> result = status -> results
                .resultFor(generation, status).model(call.model()).templateVersion(generation.templateVersion)
                .usage(usage).timings(timings(generation, call, received));
        if (!call.ok()) {
            String code = call.errorCode() == null ? "MODEL_FAILED" : call.errorCode();
            results.finish(generation, result.apply(GenerationStatus.FAILED).error(code, call.errorMessage()).build());
            return;
        }
        TaskDefinition task = TaskDefinition.findById(generation.task);
        String content = call.content() == null ? "" : call.content();
        if (task.jsonOutput()) {
            List<FieldError> problems = JsonOutput.problems(content, task.outputSchema);
            if (!problems.isEmpty()) {
                if (!repair.reask(generation, task, content, usage, problems)) {
                    failInvalid(generation, result, problems);
                }
                return;
            }
            content = Json.write(JsonOutput.parse(content).orElseThrow());
        }
        screenAndLabel(generation, task, content, result);
    }

    private void screenAndLabel(Generation generation, TaskDefinition task, String content,
            Function<GenerationStatus, GenerationCompleted.Builder> result) {
        String locale = Json.read(generation.options, GenerationOptions.class).locale();
        ScreeningContext context = new ScreeningContext(task.name, generation.tenantId, locale,
                Json.tree(generation.input), generation.requestId, null);
        Screening screening = compliance.screen(Stage.OUTPUT, content, context);
        audit.findings(generation, "OUTPUT_SCREENING", screening.findings());
        List<Finding> findings = new ArrayList<>(List.of(Json.read(generation.findings, Finding[].class)));
        findings.addAll(screening.findings());
        if (screening.blocked()) {
            results.finish(generation, result.apply(GenerationStatus.BLOCKED).findings(findings)
                    .error("OUTPUT_BLOCKED", "the model's output breaks compliance rules").build());
            return;
        }
        JsonNode output = null;
        String amended;
        if (task.jsonOutput()) {
            Optional<JsonNode> parsed = JsonOutput.parse(screening.mask(content));
            if (parsed.isEmpty()) {
                failInvalid(generation, result, List.of(new FieldError("output", "amendment broke the JSON")));
                return;
            }
            output = JsonDisclosures.attach(parsed.get(), screening.appendices());
            amended = Json.write(output);
        } else {
            amended = screening.amend(content);
        }
        boolean review = task.reviewRequired
                || findings.stream().anyMatch(f -> Action.REVIEW.name().equals(f.action()));
        Labeller.Labelled labelled = labeller.label(amended, !task.jsonOutput(), context.locale(),
                generation.requestId, generation.tenantId);
        audit.decision(generation, AuditTrail.LABELLED, Map.of("explicit", labelled.labels().explicit(),
                "AIGC", labelled.labels().aigc(), "contentSha256", Hashes.sha256(labelled.content())));
        results.finish(generation, result.apply(review ? GenerationStatus.NEEDS_REVIEW : GenerationStatus.COMPLETED)
                .content(labelled.content()).output(output).findings(findings).labels(labelled.labels()).build());
    }

    /** An answer that still breaks the output schema after the repair call (or that amendment broke) fails the job. */
    private void failInvalid(Generation generation, Function<GenerationStatus, GenerationCompleted.Builder> result,
            List<FieldError> problems) {
        results.finish(generation, result.apply(GenerationStatus.FAILED).error("OUTPUT_INVALID",
                "the model's answer does not match the output schema").fieldErrors(problems).build());
    }

    /**
     * Milliseconds per stage: {@code prepare} (request received to model call requested: this service's input steps),
     * {@code modelRoundTrip} (model call requested to its result received here: commit, outbox, Kafka both ways and
     * the generation service), {@code model} (the call inside the generation service), {@code finish} (output checks,
     * label, audit up to the result) and {@code total} (request received to the result). {@code updatedAt} still
     * holds the time the call was requested: nothing else touches a GENERATING row. A few clock reads; they let a
     * benchmark see where the time goes per hop.
     */
    private static Map<String, Long> timings(Generation generation, ModelCallCompleted call, Instant received) {
        Instant now = Instant.now();
        Instant requested = generation.updatedAt == null ? generation.createdAt : generation.updatedAt;
        return Map.of("model", call.latencyMs(),
                "prepare", Duration.between(generation.createdAt, requested).toMillis(),
                "modelRoundTrip", Duration.between(requested, received).toMillis(),
                "finish", Duration.between(received, now).toMillis(),
                "total", Duration.between(generation.createdAt, now).toMillis());
    }
}
