package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationOptions;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.outbox.Outbox;
import org.aigc.vertical.compliance.ComplianceEngine;
import org.aigc.vertical.compliance.Screening;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.domain.TaskDefinition;
import org.jboss.logging.Logger;

/**
 * Steps 1-6 of the pipeline for one {@link GenerationRequested}, in one transaction: record it (once per request id),
 * resolve the task, validate and screen the input, build the prompt, and ask for the model call through the outbox.
 * Every early end publishes its GenerationCompleted in the same transaction.
 */
@ApplicationScoped
public class RequestPipeline {

    private static final Logger LOG = Logger.getLogger(RequestPipeline.class);

    private final ComplianceEngine compliance;
    private final PromptService prompts;
    private final ResultPublisher results;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final InputAtRest atRest;

    RequestPipeline(ComplianceEngine compliance, PromptService prompts, ResultPublisher results, AuditTrail audit,
            Outbox outbox, InputAtRest atRest) {
        this.compliance = compliance;
        this.prompts = prompts;
        this.results = results;
        this.audit = audit;
        this.outbox = outbox;
        this.atRest = atRest;
    }

    @Transactional
    public void accept(GenerationRequested request) {
        // requests are consumed concurrently: a redelivered copy may be in flight beside the first
        Generation.lockRequestId(request.requestId());
        if (Generation.byRequestId(request.requestId()).isPresent()) {
            LOG.debugf("request %s already received, skipped", request.requestId());
            return;
        }
        GenerationOptions options = request.options() == null ? GenerationOptions.none() : request.options();
        ScreeningContext context = new ScreeningContext(request.task(), request.tenantId(), options.locale(),
                request.input(), request.requestId(), null);
        // screened before the row is written, so that the row only ever holds the masked input (InputAtRest)
        Screening screening = compliance.screenInput(request.input(), context);
        Generation generation = record(request, options, atRest.input(request.input(), screening, context));
        TaskDefinition task = TaskDefinition.findById(request.task());
        if (task == null) {
            String valid = TaskDefinition.allByName().stream().map(t -> t.name).collect(Collectors.joining(", "));
            reject(generation, "UNKNOWN_TASK", "unknown task '" + request.task() + "'; valid tasks: " + valid,
                    List.of());
            return;
        }
        List<FieldError> errors = SchemaValidator.validate(task.inputSchema, request.input());
        if (!errors.isEmpty()) {
            reject(generation, "INVALID_INPUT", "input does not match the input schema of task " + task.name, errors);
            return;
        }
        audit.findings(generation, "INPUT_SCREENING", screening.findings());
        if (screening.blocked()) {
            results.finish(generation, results.resultFor(generation, GenerationStatus.BLOCKED)
                    .findings(screening.findings()).error("INPUT_BLOCKED", "the request breaks compliance rules")
                    .build());
            return;
        }
        generation.findings = Json.write(screening.findings());
        PreparedPrompt prompt;
        try {
            prompt = prompts.prepare(request, InputRedaction.apply(request.input(), screening), context.locale());
        } catch (EnrichmentException e) {
            reject(generation, e.errorCode(), e.getMessage(), e.fieldErrors());
            return;
        } catch (PromptException e) {
            LOG.errorf(e, "cannot build the prompt of %s", request.requestId());
            results.finish(generation, results.resultFor(generation, GenerationStatus.FAILED)
                    .error(e.errorCode(), e.getMessage()).build());
            return;
        }
        requestModelCall(generation, request, task, options, prompt, context);
    }

    private Generation record(GenerationRequested request, GenerationOptions options, JsonNode storedInput) {
        Generation generation = new Generation();
        generation.requestId = request.requestId();
        generation.tenantId = request.tenantId();
        generation.task = request.task();
        generation.status = "RECEIVED";
        generation.input = Json.write(storedInput);
        generation.options = Json.write(options);
        generation.createdAt = Instant.now();
        generation.updatedAt = generation.createdAt;
        generation.persist();
        // the hash of the stored (masked) input: a hash of the raw one would let a guesser confirm a short identifier
        audit.decision(generation, "RECEIVED", Map.of("task", request.task(),
                "inputSha256", Hashes.sha256(generation.input)));
        return generation;
    }

    private void requestModelCall(Generation generation, GenerationRequested request, TaskDefinition task,
            GenerationOptions options, PreparedPrompt prompt, ScreeningContext context) {
        String model = options.model() == null || options.model().isBlank() ? task.model : options.model();
        int maxTokens = options.maxTokens() == null ? task.maxTokens : Math.min(options.maxTokens(), task.maxTokens);
        JsonNode responseSchema = task.jsonOutput() ? Json.tree(task.outputSchema) : null;
        String callId = request.requestId() + "#1";
        ModelCallRequested call = ModelCallRequested.of(request.requestId(), request.tenantId(), request.vertical(),
                callId, task.name, model, prompt.messages(), task.temperature.doubleValue(), maxTokens,
                responseSchema, options.stream());
        generation.status = Generation.GENERATING;
        generation.templateVersion = prompt.templateVersion();
        generation.model = model;
        generation.callId = callId;
        generation.prompt = Json.write(atRest.messages(prompt.messages(), context));
        generation.updatedAt = Instant.now();
        audit.decision(generation, "MODEL_CALL_REQUESTED",
                Map.of("callId", callId, "model", model, "templateVersion", prompt.templateVersion()));
        outbox.publish(Topics.MODEL_CALLS, request.requestId(), call);
    }

    private void reject(Generation generation, String errorCode, String reason, List<FieldError> fieldErrors) {
        results.finish(generation, results.resultFor(generation, GenerationStatus.REJECTED)
                .error(errorCode, reason).fieldErrors(fieldErrors).build());
    }
}
