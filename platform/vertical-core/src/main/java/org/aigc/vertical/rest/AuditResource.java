package org.aigc.vertical.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.aigc.contracts.Json;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.AuditEvent;

/** The audit trail of one job (or admin subject such as {@code rule:AD-01}), for the calling tenant only. */
@Path("/api/v1/{vertical}/audit")
public class AuditResource {

    private final VerticalConfig vertical;

    AuditResource(VerticalConfig vertical) {
        this.vertical = vertical;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditView> forRequest(@PathParam("vertical") String path,
            @HeaderParam(TenantHeader.NAME) String tenantHeader, @QueryParam("requestId") String requestId) {
        String tenant = RequestContext.tenant(vertical, path, tenantHeader);
        if (requestId == null || requestId.isBlank()) {
            throw Problems.invalid("requestId is required");
        }
        return AuditEvent.forRequest(tenant, requestId).stream().map(AuditView::of).toList();
    }

    /** One audit row as served. */
    public record AuditView(long id, String requestId, Instant at, String kind, String ruleId, String source,
            String action, String excerpt, String actor, JsonNode detail, Instant retainUntil) {

        static AuditView of(AuditEvent e) {
            return new AuditView(e.id, e.requestId, e.at, e.kind, e.ruleId, e.source, e.action, e.excerpt, e.actor,
                    e.detail == null ? null : Json.tree(e.detail), e.retainUntil);
        }
    }
}
