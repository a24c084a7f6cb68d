package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A JSON answer cannot carry a disclaimer appended as plain text, so the texts of APPEND rules (the AI disclaimer, the
 * risk disclosure, the DSHEA statement) go into its {@value #FIELD} field, replacing whatever the model put there: the
 * required wording is the rules', never the model's. Tasks with such rules declare the field in their output schema.
 */
final class JsonDisclosures {

    static final String FIELD = "disclaimer";

    private JsonDisclosures() {
    }

    static JsonNode attach(JsonNode output, List<String> appendices) {
        if (appendices.isEmpty() || !(output instanceof ObjectNode object)) {
            return output;
        }
        ObjectNode copy = object.deepCopy();
        copy.put(FIELD, String.join("\n\n", appendices));
        return copy;
    }
}
