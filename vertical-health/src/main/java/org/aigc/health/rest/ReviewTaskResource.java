package org.aigc.health.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.aigc.contracts.GenerationStatus;
import org.aigc.health.domain.ReviewTask;
import org.aigc.vertical.compliance.ScreeningContext;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.service.InputAtRest;
import org.aigc.vertical.service.ReviewService;
import org.aigc.vertical.rest.Problem;
import org.aigc.vertical.rest.TenantHeader;

/**
 * Clinician sign-off tasks for generated patient-facing texts; a decision is final. Tasks are created for every
 * generation held for review ({@code ClinicianReviewTasks}); deciding the task of a held generation releases
 * (APPROVED) or refuses (REJECTED) it through the review queue, so both views always agree.
 */
@Path("/api/v1/health/review-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewTaskResource {

    private final ReviewService reviews;
    private final InputAtRest atRest;

    ReviewTaskResource(ReviewService reviews, InputAtRest atRest) {
        this.reviews = reviews;
        this.atRest = atRest;
    }

    static final Set<String> STATUSES = Set.of(ReviewTask.PENDING, "APPROVED", "REJECTED");

    public record Input(String requestId, String assignee) {
    }

    public record Decision(String status, String reviewer, String comment) {
    }

    public record View(long id, String requestId, String assignee, String status, String reviewer, String comment,
            Instant createdAt, Instant decidedAt) {
        static View of(ReviewTask t) {
            return new View(t.id, t.requestId, t.assignee, t.status, t.reviewer, t.comment, t.createdAt, t.decidedAt);
        }
    }

    @GET
    @Transactional
    public List<View> list(@HeaderParam(TenantHeader.NAME) String tenant, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        String tenantId = TenantHeader.require(tenant);
        Requests.paging(page, size);
        if (status != null && !STATUSES.contains(status)) {
            throw Requests.invalid("status must be one of " + STATUSES);
        }
        var query = status == null ? ReviewTask.<ReviewTask>find("tenantId = ?1 order by id", tenantId)
                : ReviewTask.<ReviewTask>find("tenantId = ?1 and status = ?2 order by id", tenantId, status);
        return query.page(page, size).list().stream().map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response get(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id) {
        return ReviewTask.byId(TenantHeader.require(tenant), id).map(t -> Response.ok(View.of(t)).build())
                .orElseGet(() -> Requests.notFound("review task", id));
    }

    @POST
    @Transactional
    public Response create(@HeaderParam(TenantHeader.NAME) String tenant, Input input) {
        String tenantId = TenantHeader.require(tenant);
        if (input == null) {
            throw Requests.invalid("a JSON body with requestId is required");
        }
        ReviewTask task = new ReviewTask();
        task.tenantId = tenantId;
        task.requestId = Requests.text("requestId", input.requestId(), 1, 64);
        task.assignee = Requests.optional("assignee", input.assignee(), 64);
        if (ReviewTask.count("tenantId = ?1 and requestId = ?2 and status = ?3", tenantId, task.requestId,
                ReviewTask.PENDING) > 0) {
            return new Problem("https://aigc.dev/problems/review-pending", "Already pending", 409,
                    "generation " + task.requestId + " already has a pending review task").toResponse();
        }
        task.status = ReviewTask.PENDING;
        task.createdAt = Instant.now();
        task.persist();
        return Response.status(201).entity(View.of(task)).build();
    }

    /** Records the clinician's decision (APPROVED or REJECTED) on a pending task. */
    @PUT
    @Path("/{id}")
    @Transactional
    public Response decide(@HeaderParam(TenantHeader.NAME) String tenant, @PathParam("id") long id,
            Decision decision) {
        ReviewTask task = ReviewTask.byId(TenantHeader.require(tenant), id).orElse(null);
        if (task == null) {
            return Requests.notFound("review task", id);
        }
        if (decision == null || decision.status() == null
                || !Set.of("APPROVED", "REJECTED").contains(decision.status())) {
            throw Requests.invalid("status must be APPROVED or REJECTED");
        }
        if (!ReviewTask.PENDING.equals(task.status)) {
            return new Problem("https://aigc.dev/problems/review-decided", "Already decided", 409,
                    "review task " + id + " is already " + task.status).toResponse();
        }
        String reviewer = Requests.text("reviewer", decision.reviewer(), 1, 64);
        // a clinician's comment may name the patient: stored without what the de-identification finds
        String comment = atRest.text(Requests.optional("comment", decision.comment(), 2000),
                new ScreeningContext(null, task.tenantId, null, null));
        Generation held = Generation.byTenantAndRequestId(task.tenantId, task.requestId).orElse(null);
        if (held != null && GenerationStatus.NEEDS_REVIEW.name().equals(held.status)) {
            if (ReviewTask.APPROVED.equals(decision.status())) {
                reviews.approve(task.tenantId, task.requestId, null, comment, reviewer);
            } else {
                reviews.reject(task.tenantId, task.requestId,
                        comment == null ? "rejected in clinician review task " + id : comment, reviewer);
            }
        }
        task.reviewer = reviewer;
        task.comment = comment;
        task.status = decision.status();
        task.decidedAt = Instant.now();
        return Response.ok(View.of(task)).build();
    }
}
