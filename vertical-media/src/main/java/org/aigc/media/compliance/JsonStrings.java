package org.aigc.media.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;

/** The string values of a JSON answer, or the text itself when it is not JSON. */
final class JsonStrings {

    private JsonStrings() {
    }

    static List<String> of(String text) {
        String t = text.strip();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            return List.of(text);
        }
        try {
            List<String> values = new ArrayList<>();
            collect(Json.tree(t), values);
            return values;
        } catch (MalformedEventException e) {
            return List.of(text);
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> collect(child, out));
        }
    }
}
