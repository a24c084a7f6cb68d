package org.aigc.vertical.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.TaskDefinition;
import org.aigc.vertical.service.FineTuningExport;

/**
 * Fine-tuning export of the calling tenant's approved outputs of a task ({@code ?all=true} adds completed outputs
 * that did not go through review).
 */
@Path("/api/v1/{vertical}/datasets")
public class DatasetResource {

    static final String JSONL = "application/jsonl";

    private final VerticalConfig vertical;
    private final FineTuningExport export;

    DatasetResource(VerticalConfig vertical, FineTuningExport export) {
        this.vertical = vertical;
        this.export = export;
    }

    @GET
    @Path("/{task: [A-Za-z0-9_-]+}.jsonl")
    @Produces(JSONL)
    public Response jsonl(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenant,
            @PathParam("task") String task, @QueryParam("all") boolean all) {
        String tenantId = RequestContext.tenant(vertical, path, tenant);
        if (TaskDefinition.findById(task) == null) {
            throw Problems.notFound("no task " + task);
        }
        return Response.ok(export.jsonl(tenantId, task, all), JSONL)
                .header("Content-Disposition", "attachment; filename=\"" + task + ".jsonl\"").build();
    }
}
