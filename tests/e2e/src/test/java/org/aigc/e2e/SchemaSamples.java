package org.aigc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A minimal valid input for a task, built from the input schema the task publishes at
 * {@code GET /api/v1/{vertical}/tasks}: required properties only, first enum value, lengths and bounds respected.
 * Properties that name the tenant's own records (a world, a product, a client) are filled by {@code references},
 * which reads them through the gateway. Built from the live schema, so samples do not drift when a task changes.
 */
final class SchemaSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TEXT = "A calm evening walk along the river with friends, then tea at a small cafe. ";

    private final Function<String, Optional<String>> references;

    /** @param references a stored record's id for a property name such as {@code worldId}, if the tenant has one */
    SchemaSamples(Function<String, Optional<String>> references) {
        this.references = references;
    }

    JsonNode instance(JsonNode schema) {
        return value("input", schema);
    }

    private JsonNode value(String name, JsonNode schema) {
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        Optional<String> reference = references.apply(name);
        if (reference.isPresent()) {
            // ids are numbers in most schemas, codes and refs strings
            return "integer".equals(type(schema)) ? NODES.numberNode(Long.parseLong(reference.get()))
                    : NODES.textNode(reference.get());
        }
        return switch (type(schema)) {
            case "object" -> object(schema);
            case "array" -> array(name, schema);
            case "integer", "number" -> NODES.numberNode(number(schema));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(text(schema));
        };
    }

    private ObjectNode object(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        // "one of these groups of fields": the first alternative is as valid as any
        for (String combinator : new String[] {"anyOf", "oneOf"}) {
            JsonNode first = schema.path(combinator).path(0);
            first.path("required").forEach(n -> required.add(n.asText()));
        }
        ObjectNode object = NODES.objectNode();
        for (String property : required) {
            JsonNode propertySchema = schema.path("properties").path(property);
            object.set(property, value(property, propertySchema.isMissingNode() ? NODES.objectNode() : propertySchema));
        }
        return object;
    }

    private ArrayNode array(String name, JsonNode schema) {
        ArrayNode array = NODES.arrayNode();
        int count = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < count; i++) {
            array.add(value(name, schema.path("items")));
        }
        return array;
    }

    private static long number(JsonNode schema) {
        long value = 1;
        if (schema.has("minimum")) {
            value = (long) Math.ceil(schema.get("minimum").asDouble());
        } else if (schema.has("exclusiveMinimum")) {
            value = (long) Math.floor(schema.get("exclusiveMinimum").asDouble()) + 1;
        }
        if (schema.has("maximum")) {
            value = Math.min(value, (long) Math.floor(schema.get("maximum").asDouble()));
        }
        return value;
    }

    private static String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
            return "2026-03-14";
        }
        if (format.equals("date-time")) {
            return "2026-03-14T10:00:00Z";
        }
        String pattern = schema.path("pattern").asText("");
        if (pattern.startsWith("^https://")) {
            return "https://example.com/e2e";
        }
        if (!pattern.isEmpty()) {
            return "e2e-sample-1"; // the schemas' identifier patterns: letters, digits, '.', '_', '-'
        }
        int min = schema.path("minLength").asInt(1);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        StringBuilder text = new StringBuilder(TEXT.strip());
        while (text.length() < min) {
            text.append(' ').append(TEXT.strip());
        }
        return text.substring(0, Math.min(text.length(), Math.max(min, Math.min(max, text.length())))).strip();
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (Iterator<JsonNode> it = type.elements(); it.hasNext(); ) {
                String candidate = it.next().asText();
                if (!candidate.equals("null")) {
                    return candidate;
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }
}
