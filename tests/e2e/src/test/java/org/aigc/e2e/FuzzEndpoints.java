package org.aigc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The public endpoints of the platform as the fuzz test sees them: every operation of the gateway's OpenAPI document,
 * plus every operation of each industry service's document (the gateway forwards {@code /api/v1/{vertical}/**} to it
 * at the same path), each with a sample body built from its request schema.
 */
final class FuzzEndpoints {

    /** Who may call an endpoint: the platform admin, a tenant (the key of the fuzz tenant) or anybody. */
    enum Auth { ADMIN, TENANT }

    /**
     * One operation.
     *
     * @param method     HTTP method
     * @param template   path on the gateway, with {@code {name}} placeholders
     * @param source     the service whose document lists it
     * @param sample     a body that the schema allows, or null when the operation takes none
     * @param queryNames its query parameters
     */
    record Endpoint(String method, String template, String source, JsonNode sample, List<String> queryNames) {

        Auth auth() {
            return template.startsWith("/api/v1/admin/") || template.contains("/admin/") ? Auth.ADMIN : Auth.TENANT;
        }

        boolean takesBody() {
            return Set.of("POST", "PUT", "PATCH").contains(method);
        }

        @Override
        public String toString() {
            return method + " " + template + " (" + source + ")";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private FuzzEndpoints() {
    }

    /** The OpenAPI document a service serves at {@code /q/openapi}. */
    static JsonNode document(int port) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/q/openapi?format=json")).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("no OpenAPI document on port " + port + ": HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    /**
     * The operations of {@code document} under {@code /api/} or {@code /v1/}; {@code vertical}, when not null, fills
     * the {@code {vertical}} placeholder of an industry service's paths.
     */
    static List<Endpoint> operations(String source, JsonNode document, String vertical) {
        List<Endpoint> endpoints = new ArrayList<>();
        JsonNode components = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String template = vertical == null ? path.getKey() : path.getKey().replace("{vertical}", vertical);
            if (!template.startsWith("/api/") && !template.startsWith("/v1/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                JsonNode sample = schema.isMissingNode() ? null : sample(schema, components, 0);
                List<String> query = new ArrayList<>();
                op.getValue().path("parameters").forEach(p -> {
                    if (p.path("in").asText().equals("query")) {
                        query.add(p.path("name").asText());
                    }
                });
                endpoints.add(new Endpoint(op.getKey().toUpperCase(Locale.ROOT), template, source, sample, query));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** A value the schema allows (enums take their first value); good enough to be a valid request most of the time. */
    static JsonNode sample(JsonNode schema, JsonNode components, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            if (name.endsWith("JsonNode") || name.endsWith("ObjectNode")) {
                // free-form JSON: the document describes Jackson's node class, not the expected body
                return nodes.objectNode();
            }
            return depth > 6 ? nodes.nullNode() : sample(components.path(name), components, depth + 1);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.path(combinator).isArray() && !schema.path(combinator).isEmpty()) {
                return sample(schema.path(combinator).get(0), components, depth + 1);
            }
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        switch (type) {
            case "object": {
                ObjectNode object = nodes.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                        sample(p.getValue(), components, depth + 1)));
                return object;
            }
            case "array": {
                ArrayNode array = nodes.arrayNode();
                array.add(sample(schema.path("items"), components, depth + 1));
                return array;
            }
            case "integer":
                return nodes.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number":
                return nodes.numberNode(Math.max(1, schema.path("minimum").asDouble(1.5)));
            case "boolean":
                return nodes.booleanNode(false);
            case "string":
                return nodes.textNode(switch (schema.path("format").asText()) {
                    case "date" -> "2025-01-15";
                    case "date-time" -> "2025-01-15T10:00:00Z";
                    case "uuid" -> "3f1c1d2e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
                    default -> "Sample text for a fuzz request";
                });
            default:
                return nodes.objectNode();
        }
    }
}
