package org.aigc.media.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.aigc.contracts.Json;
import org.aigc.contracts.MalformedEventException;
import org.aigc.vertical.compliance.NamedCheck;
import org.aigc.vertical.compliance.ScreeningContext;

/** The headline task returns exactly the number of options asked for, each within the requested length. */
@ApplicationScoped
public class HeadlineOptionsCheck implements NamedCheck {

    @Override
    public String name() {
        return "headline-options";
    }

    @Override
    public List<String> find(String text, ScreeningContext context) {
        JsonNode output;
        try {
            output = Json.tree(text);
        } catch (MalformedEventException e) {
            return List.of();
        }
        JsonNode input = context.input();
        int max = input == null ? 80 : input.path("maxLength").asInt(80);
        List<String> found = new ArrayList<>();
        for (JsonNode option : output.path("options")) {
            String headline = option.path("text").asText();
            int length = headline.codePointCount(0, headline.length());
            if (length > max) {
                found.add(headline + " (" + length + " > " + max + " characters)");
            }
        }
        int wanted = input == null ? 0 : input.path("count").asInt(0);
        if (wanted > 0 && output.path("options").size() != wanted) {
            found.add(output.path("options").size() + " options instead of " + wanted);
        }
        return found;
    }
}
