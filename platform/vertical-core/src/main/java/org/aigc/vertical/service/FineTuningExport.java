package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.aigc.contracts.ChatMessage;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.vertical.domain.Generation;
import org.aigc.vertical.labels.ExplicitLabels;
import org.aigc.vertical.prompt.Canary;

/**
 * Exports a tenant's reviewed and approved outputs of a task as OpenAI chat fine-tuning JSONL: one
 * {@code {"messages": [system, user, assistant]}} per line. The system prompt loses its canary line (a model must not
 * learn it) and the assistant text its explicit label (the label is added on publication, not learnt).
 */
@ApplicationScoped
public class FineTuningExport {

    /** @param allCompleted also completed outputs that did not go through review */
    public String jsonl(String tenantId, String task, boolean allCompleted) {
        String reviewed = allCompleted ? "" : " and reviewedBy is not null";
        List<Generation> rows = Generation.list("tenantId = ?1 and task = ?2 and status = ?3 and prompt is not null"
                + reviewed + " order by createdAt", tenantId, task, GenerationStatus.COMPLETED.name());
        StringBuilder out = new StringBuilder();
        for (Generation g : rows) {
            out.append(Json.write(line(g))).append('\n');
        }
        return out.toString();
    }

    private static ObjectNode line(Generation g) {
        ChatMessage[] prompt = Json.read(g.prompt, ChatMessage[].class);
        ArrayNode messages = Json.MAPPER.createArrayNode();
        for (ChatMessage m : prompt) {
            String content = "system".equals(m.role()) ? Canary.strip(m.content()) : m.content();
            messages.add(message(m.role(), content));
        }
        String answer = g.output != null ? g.output : ExplicitLabels.strip(g.content == null ? "" : g.content);
        messages.add(message("assistant", answer));
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.set("messages", messages);
        return line;
    }

    private static ObjectNode message(String role, String content) {
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("role", role);
        m.put("content", content);
        return m;
    }
}
