package org.aigc.games.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.aigc.vertical.domain.ComplianceRule;
import org.aigc.vertical.domain.TaskDefinition;
import org.aigc.vertical.rest.TenantHeader;

/**
 * GM-10: what a studio declares on its Steam store page about AI content. Steam separates pre-generated content
 * (made during development) from live-generated content (made while the game runs), and asks live generation to
 * describe its guardrails: here, the rules every output passes (GM-09), with their sources.
 */
@Path("/api/v1/games/ai-disclosure")
@Produces(MediaType.APPLICATION_JSON)
public class AiDisclosureResource {

    /** Tasks whose output reaches players while they play. */
    static final Set<String> LIVE = Set.of("npc-dialogue");

    public record TaskDisclosure(String task, String category) {
    }

    public record Guardrail(String ruleId, String message, String source) {
    }

    public record Disclosure(List<TaskDisclosure> tasks, List<Guardrail> liveGuardrails, String label) {
    }

    static boolean appliesToLiveTasks(String tasksJson) {
        if (tasksJson == null || tasksJson.isBlank()) {
            return true;
        }
        for (com.fasterxml.jackson.databind.JsonNode task : org.aigc.contracts.Json.tree(tasksJson)) {
            if (LIVE.contains(task.asText())) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Transactional
    public Disclosure get(@HeaderParam(TenantHeader.NAME) String tenant) {
        TenantHeader.require(tenant);
        List<TaskDisclosure> tasks = TaskDefinition.allByName().stream()
                .map(t -> new TaskDisclosure(t.name, LIVE.contains(t.name) ? "live-generated" : "pre-generated"))
                .toList();
        List<Guardrail> guardrails = ComplianceRule.<ComplianceRule>list("enabled = true order by id").stream()
                .filter(r -> appliesToLiveTasks(r.tasks))
                .map(r -> new Guardrail(r.id, r.message, r.source)).toList();
        return new Disclosure(tasks, guardrails, "Every generated text carries the explicit AI label and the implicit "
                + "AIGC metadata (GB 45438-2025); players can report output, and every prompt and reply is kept in the "
                + "audit trail.");
    }
}
