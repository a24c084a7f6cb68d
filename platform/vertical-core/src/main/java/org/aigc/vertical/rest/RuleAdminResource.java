package org.aigc.vertical.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.aigc.contracts.Json;
import org.aigc.vertical.admin.RuleAdmin;
import org.aigc.vertical.admin.RuleView;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.ComplianceRule;

/**
 * Rules admin API. Rules belong to the vertical, not to a tenant: the gateway must restrict these paths to
 * administrators (for now they only require {@code X-Aigc-Tenant}, recorded with {@code X-Aigc-User} in the audit).
 */
@Path("/api/v1/{vertical}/admin/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RuleAdminResource {

    private final VerticalConfig vertical;
    private final RuleAdmin admin;

    RuleAdminResource(VerticalConfig vertical, RuleAdmin admin) {
        this.vertical = vertical;
        this.admin = admin;
    }

    @GET
    public List<RuleView> list(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @QueryParam("stage") String stage, @QueryParam("enabled") Boolean enabled) {
        RequestContext.tenant(vertical, path, tenant);
        return ComplianceRule.allById().stream()
                .filter(r -> stage == null || r.stage.equalsIgnoreCase(stage))
                .filter(r -> enabled == null || r.enabled == enabled)
                .map(RuleView::of).toList();
    }

    @GET
    @Path("/{id}")
    public RuleView get(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @PathParam("id") String id) {
        RequestContext.tenant(vertical, path, tenant);
        ComplianceRule rule = ComplianceRule.findById(id);
        if (rule == null) {
            throw Problems.notFound("no rule " + id);
        }
        return RuleView.of(rule);
    }

    /** Every version of the rule, oldest first, as recorded by the admin API. */
    @GET
    @Path("/{id}/versions")
    public List<JsonNode> versions(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @PathParam("id") String id) {
        RequestContext.tenant(vertical, path, tenant);
        return admin.versions(id).stream().map(v -> Json.tree(v.snapshot)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @HeaderParam(Problems.USER_HEADER) String user, RuleView rule) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        requireBody(rule);
        RuleView created = admin.create(rule, tenantId, RequestContext.actor(user, tenantId));
        return Response.created(URI.create("/api/v1/" + path + "/admin/rules/" + created.id())).entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleView replace(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @HeaderParam(Problems.USER_HEADER) String user, @PathParam("id") String id, RuleView rule) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        requireBody(rule);
        return admin.replace(id, rule, tenantId, RequestContext.actor(user, tenantId));
    }

    /** Partial change, e.g. {@code {"enabled": false}} to switch a rule off. */
    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public RuleView patch(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @HeaderParam(Problems.USER_HEADER) String user, @PathParam("id") String id, JsonNode patch) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        if (patch == null || !patch.isObject()) {
            throw Problems.invalid("the body must be a JSON object of the fields to change");
        }
        return admin.patch(id, patch, tenantId, RequestContext.actor(user, tenantId));
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw Problems.invalid("the body must be a rule as JSON");
        }
    }
}
