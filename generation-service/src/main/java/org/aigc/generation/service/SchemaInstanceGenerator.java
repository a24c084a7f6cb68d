package org.aigc.generation.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds a deterministic instance that satisfies a JSON Schema, so the offline model can answer structured calls and
 * every task completes on a machine without a model. Covers what task output schemas use: objects (properties,
 * required, min/maxProperties), arrays (items, prefixItems, min/maxItems, uniqueItems), strings (min/maxLength, enum,
 * const, common formats), integers and numbers (bounds, exclusive bounds, multipleOf), booleans, null, local
 * {@code $ref}s, {@code allOf} (merged), {@code anyOf}/{@code oneOf} (first branch). {@code pattern} is not honoured.
 */
public final class SchemaInstanceGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 16;

    private final JsonNode root;

    private SchemaInstanceGenerator(JsonNode root) {
        this.root = root;
    }

    /** An instance of the schema. */
    public static JsonNode instanceOf(JsonNode schema) {
        return new SchemaInstanceGenerator(schema).generate(schema, "value", 0, 0);
    }

    private JsonNode generate(JsonNode schema, String name, int variant, int depth) {
        if (schema == null || schema.isMissingNode() || schema.isBoolean() || depth > MAX_DEPTH) {
            return NODES.textNode("offline " + name);
        }
        if (schema.has("$ref")) {
            return generate(resolve(schema.get("$ref").asText()), name, variant, depth + 1);
        }
        if (schema.has("const")) {
            return schema.get("const").deepCopy();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            JsonNode values = schema.get("enum");
            return values.get(variant % values.size()).deepCopy();
        }
        if (schema.has("allOf")) {
            return generate(merged(schema), name, variant, depth + 1);
        }
        for (String choice : new String[] {"anyOf", "oneOf"}) {
            if (schema.has(choice) && schema.get(choice).size() > 0) {
                return generate(schema.get(choice).get(0), name, variant, depth + 1);
            }
        }
        return switch (type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, name, depth);
            case "integer" -> NODES.numberNode(number(schema, variant, true).toBigInteger());
            case "number" -> NODES.numberNode(number(schema, variant, false));
            case "boolean" -> NODES.booleanNode(true);
            case "null" -> NODES.nullNode();
            default -> NODES.textNode(text(schema, name, variant));
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (schema.has("properties") || schema.has("required")) {
            return "object";
        }
        if (schema.has("items") || schema.has("prefixItems")) {
            return "array";
        }
        if (schema.has("minimum") || schema.has("maximum")) {
            return "number";
        }
        return "string";
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.path("properties");
        Set<String> names = new LinkedHashSet<>();
        schema.path("required").forEach(r -> names.add(r.asText()));
        properties.fieldNames().forEachRemaining(names::add);
        int limit = schema.path("maxProperties").asInt(Integer.MAX_VALUE);
        for (String property : names) {
            if (object.size() >= limit && !isRequired(schema, property)) {
                continue;
            }
            object.set(property, generate(properties.get(property), property, 0, depth + 1));
        }
        int missing = schema.path("minProperties").asInt(0) - object.size();
        JsonNode extra = schema.path("additionalProperties");
        for (int i = 1; i <= missing && !extra.isBoolean(); i++) {
            object.set("extra" + i, generate(extra.isObject() ? extra : null, "extra" + i, i, depth + 1));
        }
        return object;
    }

    private static boolean isRequired(JsonNode schema, String property) {
        for (JsonNode r : schema.path("required")) {
            if (property.equals(r.asText())) {
                return true;
            }
        }
        return false;
    }

    private ArrayNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = NODES.arrayNode();
        JsonNode prefix = schema.path("prefixItems");
        int min = schema.path("minItems").asInt(0);
        int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
        int count = Math.min(Math.max(Math.max(min, 1), prefix.size()), max);
        for (int i = 0; i < count; i++) {
            JsonNode itemSchema = i < prefix.size() ? prefix.get(i) : schema.get("items");
            // the variant keeps items distinct, so uniqueItems holds
            array.add(generate(itemSchema, name + " " + (i + 1), i, depth + 1));
        }
        return array;
    }

    private static BigDecimal number(JsonNode schema, int variant, boolean integer) {
        BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.5");
        BigDecimal low = null;
        if (schema.has("minimum")) {
            low = schema.get("minimum").decimalValue();
        }
        if (schema.path("exclusiveMinimum").isNumber()) {
            BigDecimal exclusive = schema.get("exclusiveMinimum").decimalValue().add(step);
            low = low == null || exclusive.compareTo(low) > 0 ? exclusive : low;
        }
        BigDecimal high = schema.has("maximum") ? schema.get("maximum").decimalValue() : null;
        if (schema.path("exclusiveMaximum").isNumber()) {
            BigDecimal exclusive = schema.get("exclusiveMaximum").decimalValue().subtract(step);
            high = high == null || exclusive.compareTo(high) < 0 ? exclusive : high;
        }
        BigDecimal value = (low != null ? low : (high != null && high.signum() < 0 ? high : BigDecimal.ONE))
                .add(BigDecimal.valueOf(variant));
        if (integer) {
            value = value.setScale(0, RoundingMode.CEILING);
        }
        if (schema.path("multipleOf").isNumber()) {
            BigDecimal multiple = schema.get("multipleOf").decimalValue();
            value = value.divide(multiple, 0, RoundingMode.CEILING).multiply(multiple);
        }
        if (high != null && value.compareTo(high) > 0) {
            value = integer ? high.setScale(0, RoundingMode.FLOOR) : high;
        }
        return integer ? value.setScale(0, RoundingMode.UNNECESSARY) : value.stripTrailingZeros();
    }

    private static String text(JsonNode schema, String name, int variant) {
        String suffix = variant == 0 ? "" : " " + (variant + 1);
        String text = switch (schema.path("format").asText("")) {
            case "date-time" -> "2024-01-0" + (1 + variant % 9) + "T00:00:00Z";
            case "date" -> "2024-01-0" + (1 + variant % 9);
            case "time" -> "00:00:0" + (variant % 10) + "Z";
            case "email" -> "offline" + variant + "@example.com";
            case "uri", "url" -> "https://example.com/offline/" + variant;
            case "uuid" -> String.format("00000000-0000-4000-8000-%012d", variant);
            default -> "offline " + name + suffix;
        };
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        StringBuilder padded = new StringBuilder(text);
        while (padded.codePointCount(0, padded.length()) < min) {
            padded.append('.');
        }
        text = padded.toString();
        if (text.codePointCount(0, text.length()) > max) {
            // keep the distinguishing end (the variant) when cutting
            text = text.substring(text.offsetByCodePoints(0, text.codePointCount(0, text.length()) - max));
        }
        return text;
    }

    /** A local reference, {@code #/$defs/x} or {@code #/definitions/x}. */
    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#")) {
            return null;
        }
        return root.at(ref.substring(1));
    }

    /** An {@code allOf} folded into one schema: properties and required united, other keywords from the first. */
    private JsonNode merged(JsonNode schema) {
        ObjectNode merged = schema.deepCopy();
        merged.remove("allOf");
        ObjectNode properties = NODES.objectNode();
        ArrayNode required = NODES.arrayNode();
        properties.setAll(schema.path("properties") instanceof ObjectNode p ? p : NODES.objectNode());
        schema.path("required").forEach(required::add);
        for (JsonNode part : schema.get("allOf")) {
            JsonNode resolved = part.has("$ref") ? resolve(part.get("$ref").asText()) : part;
            if (resolved == null) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = resolved.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                switch (field.getKey()) {
                    case "properties" -> {
                        if (field.getValue() instanceof ObjectNode p) {
                            properties.setAll(p);
                        }
                    }
                    case "required" -> field.getValue().forEach(required::add);
                    default -> {
                        if (!merged.has(field.getKey())) {
                            merged.set(field.getKey(), field.getValue());
                        }
                    }
                }
            }
        }
        if (!properties.isEmpty()) {
            merged.set("properties", properties);
        }
        if (!required.isEmpty()) {
            merged.set("required", required);
        }
        return merged;
    }
}
