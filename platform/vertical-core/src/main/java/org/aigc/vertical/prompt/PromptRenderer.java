package org.aigc.vertical.prompt;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aigc.contracts.ChatMessage;

/**
 * Renders a template version's system and user prompts with Qute. Templates come from the database, so they are
 * parsed at run time; a parsed template is cached by its text (template versions are immutable rows).
 */
public class PromptRenderer {

    private final Engine engine;
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    public PromptRenderer(Engine engine) {
        this.engine = engine;
    }

    /** The chat messages of the prompt; an error in the template or a missing value throws. */
    public List<ChatMessage> render(String systemTemplate, String userTemplate, Map<String, Object> data) {
        return List.of(ChatMessage.system(render(systemTemplate, data)), ChatMessage.user(render(userTemplate, data)));
    }

    public String render(String template, Map<String, Object> data) {
        Template t = parsed.computeIfAbsent(template, engine::parse);
        return t.data(data).render().strip();
    }
}
