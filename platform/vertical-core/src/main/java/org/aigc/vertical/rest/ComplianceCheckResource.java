package org.aigc.vertical.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.aigc.vertical.compliance.Stage;
import org.aigc.vertical.config.ComplianceConfig;
import org.aigc.vertical.config.VerticalConfig;
import org.aigc.vertical.domain.TaskDefinition;
import org.aigc.vertical.service.ComplianceCheckService;
import org.aigc.vertical.service.ComplianceCheckService.CheckResult;

/**
 * Dry run of the compliance rules for frontends and auditors:
 * {@code {"stage":"input"|"output","text":"...","context":{"task":..,"locale":..,...}}}.
 */
@Path("/api/v1/{vertical}/compliance/check")
public class ComplianceCheckResource {

    private final VerticalConfig vertical;
    private final ComplianceConfig limits;
    private final ComplianceCheckService service;

    ComplianceCheckResource(VerticalConfig vertical, ComplianceConfig limits, ComplianceCheckService service) {
        this.vertical = vertical;
        this.limits = limits;
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CheckResult check(@PathParam("vertical") String path, @HeaderParam(TenantHeader.NAME) String tenantHeader,
            JsonNode body) {
        String tenant = RequestContext.tenant(vertical, path, tenantHeader);
        if (body == null || !body.isObject()) {
            throw Problems.invalid("the body must be a JSON object with stage and text");
        }
        Stage stage = stage(body.path("stage").asText(""));
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) {
            throw Problems.invalid("text must be a string");
        }
        if (text.asText().length() > limits.maxCheckChars()) {
            throw Problems.invalid("text is longer than " + limits.maxCheckChars() + " characters");
        }
        JsonNode context = body.get("context");
        if (context != null && !context.isNull() && !context.isObject()) {
            throw Problems.invalid("context must be an object");
        }
        TaskDefinition task = task(context);
        return service.check(stage, text.asText(), task, tenant, context == null || context.isNull() ? null : context);
    }

    private static Stage stage(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "input" -> Stage.INPUT;
            case "output" -> Stage.OUTPUT;
            default -> throw Problems.invalid("stage must be \"input\" or \"output\"");
        };
    }

    private static TaskDefinition task(JsonNode context) {
        String name = context == null ? null : context.path("task").asText(null);
        if (name == null) {
            return null;
        }
        TaskDefinition task = TaskDefinition.findById(name);
        if (task == null) {
            throw Problems.invalid("unknown task '" + name + "'");
        }
        return task;
    }
}
