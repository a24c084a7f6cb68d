package org.aigc.vertical.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.aigc.contracts.Json;
import org.aigc.vertical.domain.TaskDefinition;

/** A task as callers see it: what to send ({@code inputSchema}) and, for JSON tasks, what comes back. */
public record TaskView(String name, String description, JsonNode inputSchema, JsonNode outputSchema) {

    static TaskView of(TaskDefinition task) {
        return new TaskView(task.name, task.description, Json.tree(task.inputSchema),
                task.jsonOutput() ? Json.tree(task.outputSchema) : null);
    }
}
