package org.aigc.vertical.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.aigc.vertical.compliance.Screening;

/** Applies the masks of input-stage AMEND rules to every string of the input, so masked data never reaches a model. */
final class InputRedaction {

    private InputRedaction() {
    }

    static JsonNode apply(JsonNode input, Screening screening) {
        if (screening.replacements().isEmpty()) {
            return input;
        }
        return redact(input.deepCopy(), screening);
    }

    private static JsonNode redact(JsonNode node, Screening screening) {
        if (node.isTextual()) {
            return TextNode.valueOf(screening.mask(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            var names = new java.util.ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, redact(object.get(name), screening)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redact(array.get(i), screening));
            }
        }
        return node;
    }
}
