package org.aigc.vertical.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.TaskDefinition;

/** The tasks this vertical offers, with their input contracts. Not tenant-specific. */
@Path("/api/v1/{vertical}/tasks")
public class TaskResource {

    private final VerticalConfig config;

    TaskResource(VerticalConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("vertical") String vertical) {
        if (!config.name().equals(vertical)) {
            return new Problem(Problem.UNKNOWN_VERTICAL, "Unknown vertical", 404,
                    "this service serves vertical '" + config.name() + "', not '" + vertical + "'").toResponse();
        }
        return Response.ok(TaskDefinition.allByName().stream().map(TaskView::of).toList()).build();
    }
}
