package org.aigc.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.service.Access;
import org.aigc.gateway.service.UsageReports;
import org.aigc.gateway.service.UsageReports.GroupBy;
import org.aigc.gateway.service.UsageReports.Line;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Usage and cost reports: the tenant's own ({@code /api/v1/usage}); see {@link AdminUsageResource} for the admin's.
 * JSON by default; CSV with {@code Accept: text/csv} or {@code format=csv}.
 */
@Path("/api/v1/usage")
@Tag(name = "usage")
public class UsageResource {

    private final Access access;
    private final UsageReports reports;

    UsageResource(Access access, UsageReports reports) {
        this.access = access;
        this.reports = reports;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, UsageViews.CSV })
    @Operation(summary = "The caller's usage and cost in [from, to), grouped by day, model, vertical or task")
    public Response tenant(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @QueryParam("format") String format) {
        UUID tenantId = access.admit(authorization).id;
        GroupBy group = groupBy(groupBy, false);
        return respond(reports, Optional.of(tenantId), from, to, group, csv(accept, format));
    }

    static Response respond(UsageReports reports, Optional<UUID> tenant, String from, String to, GroupBy group,
            boolean csv) {
        Instant[] period = UsageViews.period(from, to);
        List<Line> lines = reports.report(tenant, period[0], period[1], group);
        String name = group.name().toLowerCase(Locale.ROOT);
        if (csv) {
            return Response.ok(UsageViews.csv(name, lines), UsageViews.CSV + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"usage-by-" + name + ".csv\"").build();
        }
        return Response.ok(UsageViews.report(period[0], period[1], name, lines), MediaType.APPLICATION_JSON).build();
    }

    static GroupBy groupBy(String text, boolean admin) {
        if (text == null || text.isBlank()) {
            return GroupBy.DAY;
        }
        return GroupBy.parse(text).filter(g -> admin || g != GroupBy.TENANT)
                .orElseThrow(() -> UsageViews.invalid("groupBy", admin ? "day, model, vertical, task or tenant"
                        : "day, model, vertical or task"));
    }

    static boolean csv(String accept, String format) {
        if (format != null && !format.isBlank()) {
            if (format.equalsIgnoreCase("csv")) {
                return true;
            }
            if (format.equalsIgnoreCase("json")) {
                return false;
            }
            throw new ApiException(ProblemType.INVALID_REQUEST, "format is csv or json");
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(UsageViews.CSV)
                && !accept.toLowerCase(Locale.ROOT).contains(MediaType.APPLICATION_JSON);
    }
}
