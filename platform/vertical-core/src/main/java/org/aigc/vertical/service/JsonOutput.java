package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;

/** Parses a model's JSON answer, tolerating the Markdown code fence many models wrap it in. */
final class JsonOutput {

    private static final Pattern FENCE = Pattern.compile("^\\s*```(?:json)?\\s*(.*?)\\s*```\\s*$", Pattern.DOTALL);

    private JsonOutput() {
    }

    static Optional<JsonNode> parse(String content) {
        if (content == null || content.isBlank()) {
            return Optional.empty();
        }
        Matcher fenced = FENCE.matcher(content);
        String json = fenced.matches() ? fenced.group(1) : content.strip();
        try {
            JsonNode node = Json.tree(json);
            return node.isContainerNode() ? Optional.of(node) : Optional.empty();
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }

    /** Why the content is not a valid answer for the schema; empty when it is. */
    static List<FieldError> problems(String content, String schema) {
        return parse(content).map(node -> SchemaValidator.validate(schema, node))
                .orElse(List.of(new FieldError("output", "the model's answer is not a JSON object")));
    }
}
