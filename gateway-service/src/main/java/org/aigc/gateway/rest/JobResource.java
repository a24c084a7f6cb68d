package org.aigc.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Verticals;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.Job;
import org.aigc.gateway.domain.JobStatus;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.service.Access;
import org.aigc.gateway.service.Ids;
import org.aigc.gateway.service.JobCursor;
import org.aigc.gateway.service.JobFilter;
import org.aigc.gateway.service.JobService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own jobs. Another tenant's job is reported as not found, never as forbidden. */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
public class JobResource {

    private static final int DEFAULT_LIMIT = 20;

    private final Access access;
    private final JobService jobs;
    private final JobEventStream events;
    private final GatewayConfig config;

    JobResource(Access access, JobService jobs, JobEventStream events, GatewayConfig config) {
        this.access = access;
        this.jobs = jobs;
        this.events = events;
        this.config = config;
    }

    /** A page of jobs, newest first; {@code nextCursor} fetches the next page, null on the last one. */
    public record JobList(List<JobView> items, String nextCursor) {
    }

    @GET
    @Path("{id}")
    public JobView get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        UUID tenantId = access.admit(authorization).id;
        Job job = find(tenantId, id);
        return JobView.of(job).withCost(jobs.cost(tenantId, job.id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a pending job (or one held for review): releases its reservation; a late result is "
            + "ignored. 409 when it already ended.")
    public JobView cancel(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        UUID tenantId = access.admit(authorization).id;
        UUID jobId = Ids.uuid(id).orElseThrow(() -> notFound(id));
        return JobView.of(jobs.cancel(tenantId, jobId));
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Server-sent events: 'chunk' per model delta, then one 'result' (at once when the job has "
            + "already ended); 'error' when the stream cannot go on")
    public void events(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            @Context SseEventSink sink, @Context Sse sse) {
        UUID tenantId = access.admit(authorization).id;
        Job job = find(tenantId, id);
        events.stream(tenantId, job, sink, sse);
    }

    @GET
    public JobList list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("status") String status, @QueryParam("vertical") String vertical,
            @QueryParam("task") String task, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        UUID tenantId = access.admit(authorization).id;
        Optional<JobStatus> statusFilter = blank(status) ? Optional.empty() : Optional.of(status(status));
        if (!blank(vertical) && !Verticals.isKnown(vertical)) {
            throw invalid("vertical", "one of " + Verticals.ALL);
        }
        Optional<JobCursor> after = blank(cursor) ? Optional.empty()
                : Optional.of(JobCursor.decode(cursor).orElseThrow(() -> invalid("cursor", "a nextCursor value")));
        int size = limit(limit);
        JobFilter filter = new JobFilter(statusFilter, Optional.ofNullable(blank(vertical) ? null : vertical),
                Optional.ofNullable(blank(task) ? null : task));
        List<Job> page = jobs.list(tenantId, filter, after, size);
        String next = page.size() < size ? null : JobCursor.after(page.get(page.size() - 1)).encode();
        return new JobList(page.stream().map(JobView::of).toList(), next);
    }

    private Job find(UUID tenantId, String id) {
        return Ids.uuid(id).flatMap(jobId -> jobs.find(tenantId, jobId)).orElseThrow(() -> notFound(id));
    }

    private static ApiException notFound(String id) {
        return new ApiException(ProblemType.JOB_NOT_FOUND, "no job " + abbreviate(id));
    }

    private JobStatus status(String status) {
        try {
            return JobStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "one of " + List.of(JobStatus.values()));
        }
    }

    private int limit(String limit) {
        if (blank(limit)) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= config.limits().listSize()) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid("limit", "an integer from 1 to " + config.limits().listSize());
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.INVALID_REQUEST, "invalid query parameter " + field,
                List.of(new FieldError(field, message)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
