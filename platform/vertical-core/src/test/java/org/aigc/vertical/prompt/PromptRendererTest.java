package org.aigc.vertical.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.qute.Engine;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.ChatMessage;
import org.aigc.vertical.domain.PromptTemplate;
import org.junit.jupiter.api.Test;

class PromptRendererTest {

    private final PromptRenderer renderer = new PromptRenderer(Engine.builder().addDefaults().strictRendering(true)
            .build());

    @Test
    void rendersSystemAndUserPromptsFromInputAndEnrichedData() {
        Map<String, Object> model = Map.of(
                "input", Map.of("utterance", "Where is the blacksmith?", "tags", List.of("a", "b")),
                "character", Map.of("name", "Mara"));

        List<ChatMessage> messages = renderer.render("You are {character.name}.",
                "Player says: {input.utterance}{#for t in input.tags} #{t}{/for}", model);

        assertThat(messages).containsExactly(ChatMessage.system("You are Mara."),
                ChatMessage.user("Player says: Where is the blacksmith? #a #b"));
    }

    @Test
    void optionalValuesUseDefaultsAndMissingRequiredOnesFail() {
        Map<String, Object> model = Map.of("input", Map.of("topic", "asthma"));

        assertThat(renderer.render("{input.topic} for {input.audience ?: 'adults'}", model))
                .isEqualTo("asthma for adults");
        assertThatThrownBy(() -> renderer.render("{input.missing}", model)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void templateSelectionIsWeightedAndStablePerRequest() {
        PromptTemplate v1 = template(1, 50);
        PromptTemplate v2 = template(2, 50);
        PromptTemplate off = template(3, 0);

        int v2Count = 0;
        for (int i = 0; i < 1000; i++) {
            String requestId = "req-" + i;
            PromptTemplate picked = TemplateSelector.pick(List.of(v1, v2, off), requestId).orElseThrow();
            assertThat(picked).isSameAs(TemplateSelector.pick(List.of(v1, v2, off), requestId).orElseThrow());
            assertThat(picked.version).isNotEqualTo(3);
            v2Count += picked.version == 2 ? 1 : 0;
        }
        assertThat(v2Count).isBetween(400, 600);
        assertThat(TemplateSelector.pick(List.of(), "r")).isEmpty();
    }

    private static PromptTemplate template(int version, int weight) {
        PromptTemplate t = new PromptTemplate();
        t.version = version;
        t.weight = weight;
        t.active = true;
        return t;
    }
}
