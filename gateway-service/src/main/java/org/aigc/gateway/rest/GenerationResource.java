package org.aigc.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.aigc.gateway.config.GatewayConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Json;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;
import org.aigc.gateway.service.Access;
import org.aigc.gateway.service.ApiKeys;
import org.aigc.gateway.service.IdempotencyKeys;
import org.aigc.gateway.service.TenantPolicy;
import org.aigc.gateway.service.JobService;
import org.aigc.gateway.service.PreferWait;
import org.aigc.gateway.service.ResultWaiters;
import org.aigc.gateway.service.ResultWaiters.Waiter;
import org.aigc.gateway.service.Submission;
import org.aigc.gateway.service.SubmissionParser;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accepts generation jobs. The body is parsed after authentication. With {@code Prefer: wait=N} the answer waits for
 * the result without holding a thread: the worker thread that stored the job returns a {@link Uni} at once, and the
 * response is written when the replica's result consumer completes the waiter or the wait times out.
 */
@Path("/api/v1/{vertical}/generations")
@Tag(name = "generations")
public class GenerationResource {

    static final String PREFERENCE_APPLIED = "Preference-Applied";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final Access access;
    private final SubmissionParser parser;
    private final JobService jobs;
    private final ResultWaiters waiters;
    private final GatewayConfig config;

    GenerationResource(Access access, SubmissionParser parser, JobService jobs, ResultWaiters waiters,
            GatewayConfig config) {
        this.access = access;
        this.parser = parser;
        this.jobs = jobs;
        this.waiters = waiters;
        this.config = config;
    }

    /** Request body of a generation, for the OpenAPI document only (the body is checked by hand). */
    public record GenerationRequest(String task, Object input, org.aigc.contracts.GenerationOptions options) {
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = GenerationRequest.class)))
    public Uni<Response> submit(@PathParam("vertical") String vertical,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam("Prefer") String prefer,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, String body) {
        VerticalPaths.require(vertical);
        Tenant tenant = access.admit(authorization);
        UUID tenantId = tenant.id;
        JsonNode json = JsonBodies.object(body);
        Submission submission = parser.parse(json);
        TenantPolicy.requireGeneration(tenant, vertical, submission.task(), submission.options().model());
        Optional<JobService.IdempotencyRequest> idempotency = idempotency(idempotencyKey, vertical, json);
        Optional<Duration> wait = PreferWait.parse(prefer, config.waiting().max());
        UUID id = UUID.randomUUID();
        // registered before the job is published, so even an instant result finds its waiter
        Optional<Waiter> waiter = wait.flatMap(w -> waiters.register(id.toString()));
        JobService.Accepted outcome;
        try {
            outcome = jobs.submit(id, tenant, vertical, submission, idempotency);
        } catch (RuntimeException e) {
            waiter.ifPresent(waiters::remove);
            throw e;
        }
        JobView accepted = JobView.of(outcome.job());
        if (outcome.replayed()) {
            waiter.ifPresent(waiters::remove);
            return Uni.createFrom().item(Response.fromResponse(answer(accepted, Optional.empty()))
                    .header(IDEMPOTENT_REPLAYED, "true").build());
        }
        if (waiter.isEmpty()) {
            return Uni.createFrom().item(answer(accepted, Optional.empty()));
        }
        return Uni.createFrom().completionStage(waiter.get().result())
                .map(accepted::answeredBy)
                .ifNoItem().after(wait.get()).recoverWithUni(() -> reread(tenantId, accepted))
                .onTermination().invoke(() -> waiter.ifPresent(waiters::remove))
                .map(view -> answer(view, wait));
    }

    /**
     * On timeout, looks at the job row once more: if this replica's consumer missed the result (it was still joining
     * when the result came), the shared consumer may have stored it.
     */
    private Uni<JobView> reread(UUID tenantId, JobView accepted) {
        return Uni.createFrom().item(() -> jobs.find(tenantId, accepted.id()).map(JobView::of).orElse(accepted))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The key and a hash of what was asked (vertical and body, whitespace-insensitive). */
    private static Optional<JobService.IdempotencyRequest> idempotency(String key, String vertical, JsonNode body) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > IdempotencyKeys.MAX_LENGTH) {
            throw new ApiException(ProblemType.INVALID_REQUEST, "invalid Idempotency-Key",
                    List.of(new FieldError(IDEMPOTENCY_KEY, "1 to " + IdempotencyKeys.MAX_LENGTH + " characters")));
        }
        return Optional.of(new JobService.IdempotencyRequest(key, ApiKeys.hash(vertical + "\n" + Json.write(body))));
    }

    private static Response answer(JobView view, Optional<Duration> wait) {
        Response.ResponseBuilder response = view.isAnswer() ? Response.ok(view)
                : Response.accepted(view);
        response.location(URI.create(view.location())).type(MediaType.APPLICATION_JSON);
        wait.ifPresent(w -> response.header(PREFERENCE_APPLIED, "wait=" + w.toSeconds()));
        return response.build();
    }
}
