package org.aigc.gateway.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.aigc.gateway.rest.AdminViews.IssuedKeyView;
import org.aigc.gateway.rest.AdminViews.KeyView;
import org.aigc.gateway.rest.AdminViews.TenantFields;
import org.aigc.gateway.rest.AdminViews.TenantList;
import org.aigc.gateway.rest.AdminViews.TenantView;
import org.aigc.gateway.service.Authenticator;
import org.aigc.gateway.service.Ids;
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

    private static final int MAX_PAGE = 500;

    private final Authenticator authenticator;
    private final TenantService tenants;

    AdminResource(Authenticator authenticator, TenantService tenants) {
        this.authenticator = authenticator;
        this.tenants = tenants;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = TenantFields.class)))
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        authenticator.admin(authorization);
        Tenant tenant = tenants.create(JsonBodies.object(body));
        return Response.created(URI.create("/api/v1/admin/tenants/" + tenant.id))
                .entity(TenantView.of(tenant, List.of())).build();
    }

    @GET
    public TenantList list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        authenticator.admin(authorization);
        int from = number("offset", offset, 0, 0, Integer.MAX_VALUE);
        int size = number("limit", limit, 50, 1, MAX_PAGE);
        List<TenantView> items = tenants.list(from, size).stream().map(t -> TenantView.of(t, null)).toList();
        return new TenantList(items, from, size);
    }

    @GET
    @Path("{id}")
    public TenantView get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        authenticator.admin(authorization);
        UUID tenantId = tenantId(id);
        return TenantView.of(tenants.get(tenantId), tenants.keys(tenantId));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RequestBody(content = @Content(schema = @Schema(implementation = TenantFields.class)))
    public TenantView update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id, String body) {
        authenticator.admin(authorization);
        UUID tenantId = tenantId(id);
        Tenant tenant = tenants.update(tenantId, JsonBodies.object(body));
        return TenantView.of(tenant, tenants.keys(tenantId));
    }

    @POST
    @Path("{id}/keys")
    public Response issueKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        authenticator.admin(authorization);
        IssuedKeyView key = IssuedKeyView.of(tenants.issueKey(tenantId(id)));
        return Response.status(Response.Status.CREATED).entity(key).build();
    }

    /** Sets the key's own request limit per minute ({@code {"rateLimitPerMinute": 60}}; null removes it). */
    @PATCH
    @Path("{id}/keys/{keyId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RequestBody(content = @Content(schema = @Schema(implementation = AdminViews.KeyFields.class)))
    public KeyView limitKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id, @PathParam("keyId") String keyId, String body) {
        authenticator.admin(authorization);
        UUID key = Ids.uuid(keyId).orElseThrow(() -> new ApiException(ProblemType.KEY_NOT_FOUND, "no key " + keyId));
        com.fasterxml.jackson.databind.JsonNode limit = JsonBodies.object(body).path("rateLimitPerMinute");
        if (!limit.isNull() && !(limit.isIntegralNumber() && limit.asLong() >= 1 && limit.asLong() <= 1_000_000)) {
            throw new ApiException(ProblemType.INVALID_REQUEST, "invalid key", List.of(new FieldError(
                    "rateLimitPerMinute", "an integer from 1 to 1000000, or null for the tenant's limit only")));
        }
        return KeyView.of(tenants.limitKey(tenantId(id), key, limit.isNull() ? null : limit.asInt()));
    }

    /** Revokes the key: the next request with it gets 401. */
    @DELETE
    @Path("{id}/keys/{keyId}")
    public KeyView revokeKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id, @PathParam("keyId") String keyId) {
        authenticator.admin(authorization);
        UUID key = Ids.uuid(keyId).orElseThrow(() -> new ApiException(ProblemType.KEY_NOT_FOUND, "no key " + keyId));
        return KeyView.of(tenants.revokeKey(tenantId(id), key));
    }

    private static UUID tenantId(String id) {
        return Ids.uuid(id).orElseThrow(() -> new ApiException(ProblemType.TENANT_NOT_FOUND, "no tenant " + id));
    }

    static int number(String field, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException(ProblemType.INVALID_REQUEST, "invalid query parameter " + field,
                List.of(new FieldError(field, "an integer from " + min + " to " + max)));
    }
}
