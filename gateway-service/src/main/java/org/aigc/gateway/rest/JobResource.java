package org.aigc.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Verticals;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.service.Authenticator;
import org.aigc.gateway.service.JobService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own jobs. Another tenant's job is reported as not found, never as forbidden. */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
public class JobResource {

    private static final int DEFAULT_LIMIT = 20;

    private final Authenticator authenticator;
    private final JobService jobs;
    private final GatewayConfig config;

    JobResource(Authenticator authenticator, JobService jobs, GatewayConfig config) {
        this.authenticator = authenticator;
        this.jobs = jobs;
        this.config = config;
    }

    /** A page of jobs, newest first; {@code items} leaves room for a cursor later. */
    public record JobList(List<JobView> items) {
    }

    @GET
    @Path("{id}")
    public JobView get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        UUID tenantId = authenticator.tenant(authorization);
        return uuid(id).flatMap(jobId -> jobs.find(tenantId, jobId)).map(JobView::of)
                .orElseThrow(() -> new ApiException(ProblemType.JOB_NOT_FOUND, "no job " + abbreviate(id)));
    }

    @GET
    public JobList list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("status") String status, @QueryParam("vertical") String vertical,
            @QueryParam("limit") String limit) {
        UUID tenantId = authenticator.tenant(authorization);
        Optional<GenerationStatus> statusFilter = blank(status) ? Optional.empty() : Optional.of(status(status));
        if (!blank(vertical) && !Verticals.isKnown(vertical)) {
            throw invalid("vertical", "one of " + Verticals.ALL);
        }
        Optional<String> verticalFilter = blank(vertical) ? Optional.empty() : Optional.of(vertical);
        List<JobView> items = jobs.list(tenantId, statusFilter, verticalFilter, limit(limit)).stream()
                .map(JobView::of).toList();
        return new JobList(items);
    }

    private GenerationStatus status(String status) {
        try {
            return GenerationStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "one of " + List.of(GenerationStatus.values()));
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

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
