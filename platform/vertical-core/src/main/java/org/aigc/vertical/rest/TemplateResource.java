package org.aigc.vertical.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aigc.vertical.admin.TemplateAdmin;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.PromptTemplate;

/**
 * Prompt template versions of a task: list, create, activate (rollback = activate an older one), A/B weights. Admin
 * paths: the gateway must restrict them to administrators; for now they require {@code X-Aigc-Tenant}.
 */
@Path("/api/v1/{vertical}/admin/templates/{task}")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final VerticalConfig vertical;
    private final TemplateAdmin admin;

    TemplateResource(VerticalConfig vertical, TemplateAdmin admin) {
        this.vertical = vertical;
        this.admin = admin;
    }

    @GET
    public List<TemplateView> list(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @PathParam("task") String task) {
        RequestContext.tenant(vertical, path, tenant);
        return admin.versions(task).stream().map(TemplateView::of).toList();
    }

    /** {@code {"systemTemplate": "...", "userTemplate": "...", "activate": false}}: a new, by default inactive, version. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @HeaderParam(Problems.USER_HEADER) String user, @PathParam("task") String task, JsonNode body) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        if (body == null || !body.isObject()) {
            throw Problems.invalid("the body must be an object with systemTemplate and userTemplate");
        }
        PromptTemplate t = admin.create(task, body.path("systemTemplate").asText(null),
                body.path("userTemplate").asText(null), body.path("activate").asBoolean(false), tenantId,
                RequestContext.actor(user, tenantId));
        return Response.created(URI.create("/api/v1/" + path + "/admin/templates/" + task + "/" + t.version))
                .entity(TemplateView.of(t)).build();
    }

    @POST
    @Path("/{version}/activate")
    public TemplateView activate(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @HeaderParam(Problems.USER_HEADER) String user, @PathParam("task") String task,
            @PathParam("version") int version) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        return TemplateView.of(admin.activate(task, version, tenantId, RequestContext.actor(user, tenantId)));
    }

    /** {@code {"weights": {"1": 70, "2": 30}}}; versions not listed are deactivated. */
    @PUT
    @Path("/weights")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<TemplateView> weights(@PathParam("vertical") String path,
            @HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam(Problems.USER_HEADER) String user,
            @PathParam("task") String task, JsonNode body) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        JsonNode w = body == null ? null : body.get("weights");
        if (w == null || !w.isObject() || w.isEmpty()) {
            throw Problems.invalid("weights must be an object of version -> weight");
        }
        Map<Integer, Integer> weights = new LinkedHashMap<>();
        w.fields().forEachRemaining(e -> {
            if (!e.getKey().matches("\\d{1,6}") || !e.getValue().isInt()) {
                throw Problems.invalid("weights must map version numbers to integers");
            }
            weights.put(Integer.parseInt(e.getKey()), e.getValue().asInt());
        });
        return admin.weigh(task, weights, tenantId, RequestContext.actor(user, tenantId)).stream()
                .map(TemplateView::of).toList();
    }

    /** One template version as served. */
    public record TemplateView(String task, int version, boolean active, int weight, String systemTemplate,
            String userTemplate, Instant createdAt, String createdBy) {

        static TemplateView of(PromptTemplate t) {
            return new TemplateView(t.task, t.version, t.active, t.weight, t.systemTemplate, t.userTemplate,
                    t.createdAt, t.createdBy);
        }
    }
}
