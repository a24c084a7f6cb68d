package org.aigc.vertical.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.aigc.contracts.Finding;
import org.aigc.contracts.Json;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.service.ReviewService;

/**
 * The review queue of the calling tenant: list held results, approve (optionally with an edited text, re-checked by
 * the output rules) or reject with a reason. The reviewer comes from {@code X-Aigc-User} or the body's
 * {@code reviewer}.
 */
@Path("/api/v1/{vertical}/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final VerticalConfig vertical;
    private final ReviewService reviews;

    ReviewResource(VerticalConfig vertical, ReviewService reviews) {
        this.vertical = vertical;
        this.reviews = reviews;
    }

    /** {@code status=PENDING} (the default) is the queue; no other status is listed here. */
    @GET
    public List<ReviewItem> list(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("status") String status) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        if (status != null && !"PENDING".equalsIgnoreCase(status)) {
            throw Problems.invalid("status must be PENDING");
        }
        return reviews.pending(tenantId).stream().map(ReviewItem::of).toList();
    }

    @POST
    @Path("/{requestId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewItem approve(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @HeaderParam(Problems.USER_HEADER) String user, @PathParam("requestId") String requestId,
            JsonNode body) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        JsonNode b = body == null ? Json.MAPPER.createObjectNode() : body;
        JsonNode text = b.get("text");
        if (text != null && !text.isNull() && !text.isTextual()) {
            throw Problems.invalid("text must be a string");
        }
        String edited = text == null || text.isNull() ? null : text.asText();
        return ReviewItem.of(reviews.approve(tenantId, requestId, edited, b.path("note").asText(null),
                reviewer(user, b)));
    }

    @POST
    @Path("/{requestId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewItem reject(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @HeaderParam(Problems.USER_HEADER) String user, @PathParam("requestId") String requestId,
            JsonNode body) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        String reason = body == null ? null : body.path("reason").asText(null);
        if (reason == null || reason.isBlank()) {
            throw Problems.invalid("reason is required");
        }
        return ReviewItem.of(reviews.reject(tenantId, requestId, reason, reviewer(user, body)));
    }

    private static String reviewer(String header, JsonNode body) {
        String reviewer = RequestContext.actor(header, body == null ? null : body.path("reviewer").asText(null));
        if (reviewer == null) {
            throw Problems.problem(Problems.REVIEWER_REQUIRED, "Reviewer required", 400,
                    "name the reviewer in " + Problems.USER_HEADER + " or the body's reviewer field");
        }
        return reviewer;
    }

    /** A held (or just decided) result as a reviewer sees it. */
    public record ReviewItem(String requestId, String task, String status, String content, JsonNode output,
            List<Finding> findings, Integer templateVersion, Instant createdAt, String reviewedBy, Instant reviewedAt,
            String reviewNote, boolean edited) {

        static ReviewItem of(Generation g) {
            return new ReviewItem(g.requestId, g.task, g.status, g.content, g.output == null ? null : Json.tree(g.output),
                    List.of(Json.read(g.findings, Finding[].class)), g.templateVersion, g.createdAt, g.reviewedBy,
                    g.reviewedAt, g.reviewNote, g.edited);
        }
    }
}
