package org.aigc.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.aigc.gateway.service.Authenticator;
import org.aigc.gateway.service.Ids;
import org.aigc.gateway.service.UsageReports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Usage and cost across tenants, for the admin; like {@link UsageResource} plus {@code groupBy=tenant}. */
@Path("/api/v1/admin/usage")
@Tag(name = "admin")
public class AdminUsageResource {

    private final Authenticator authenticator;
    private final UsageReports reports;

    AdminUsageResource(Authenticator authenticator, UsageReports reports) {
        this.authenticator = authenticator;
        this.reports = reports;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, UsageViews.CSV })
    @Operation(summary = "Usage and cost across tenants (or of one, with tenantId), also grouped by tenant")
    public Response admin(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @QueryParam("tenantId") String tenantId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
            @QueryParam("format") String format) {
        authenticator.admin(authorization);
        Optional<UUID> tenant = tenantId == null || tenantId.isBlank() ? Optional.empty()
                : Optional.of(Ids.uuid(tenantId).orElseThrow(() -> UsageViews.invalid("tenantId", "a tenant id")));
        return UsageResource.respond(reports, tenant, from, to, UsageResource.groupBy(groupBy, true),
                UsageResource.csv(accept, format));
    }
}
