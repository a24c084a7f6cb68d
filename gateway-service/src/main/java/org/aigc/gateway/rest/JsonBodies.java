package org.aigc.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.gateway.domain.ApiException;
import org.aigc.gateway.domain.ProblemType;

/**
 * Parses request bodies inside the resource method rather than in the JAX-RS reader, so authentication is checked
 * before the body and every parse error becomes our own problem type.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            throw new ApiException(ProblemType.INVALID_REQUEST, "a JSON object body is required");
        }
        JsonNode node;
        try {
            node = Json.tree(body);
        } catch (MalformedEventException e) {
            throw new ApiException(ProblemType.MALFORMED_JSON, "the body is not valid JSON");
        }
        if (!node.isObject()) {
            throw new ApiException(ProblemType.INVALID_REQUEST, "the body must be a JSON object");
        }
        return node;
    }
}
