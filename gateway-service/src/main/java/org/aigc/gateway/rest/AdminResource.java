package org.aigc.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.aigc.contracts.FieldError;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.domain.Tenant;
import org.aigc.gateway.rest.AdminViews.CreateTenant;
import org.aigc.gateway.rest.AdminViews.IssuedKeyView;
import org.aigc.gateway.rest.AdminViews.TenantView;
import org.aigc.gateway.service.Authenticator;
import org.aigc.gateway.service.TenantService;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenants and API keys. Every call needs {@code Authorization: Bearer <admin key>}. */
@Path("/api/v1/admin/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminResource {

    private static final int MAX_NAME = 200;

    private final Authenticator authenticator;
    private final TenantService tenants;

    AdminResource(Authenticator authenticator, TenantService tenants) {
        this.authenticator = authenticator;
        this.tenants = tenants;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = CreateTenant.class)))
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        authenticator.admin(authorization);
        JsonNode name = JsonBodies.object(body).path("name");
        if (!name.isTextual() || name.asText().isBlank() || name.asText().strip().length() > MAX_NAME) {
            throw new ApiException(ProblemType.INVALID_REQUEST, "invalid tenant",
                    List.of(new FieldError("name", "required, 1 to " + MAX_NAME + " characters")));
        }
        Tenant tenant = tenants.create(name.asText().strip());
        return Response.created(URI.create("/api/v1/admin/tenants/" + tenant.id))
                .entity(TenantView.of(tenant, List.of())).build();
    }

    @GET
    @Path("{id}")
    public TenantView get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        authenticator.admin(authorization);
        UUID tenantId = tenantId(id);
        return TenantView.of(tenants.get(tenantId), tenants.keys(tenantId));
    }

    @POST
    @Path("{id}/keys")
    public Response issueKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        authenticator.admin(authorization);
        IssuedKeyView key = IssuedKeyView.of(tenants.issueKey(tenantId(id)));
        return Response.status(Response.Status.CREATED).entity(key).build();
    }

    private static UUID tenantId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.TENANT_NOT_FOUND, "no tenant " + id);
        }
    }
}
