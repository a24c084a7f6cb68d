package org.aigc.generation.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.generation.domain.ModelReply;
import org.aigc.generation.testing.ModelCalls;
import org.junit.jupiter.api.Test;

class OfflineModelTest {

    private final OfflineModel model = new OfflineModel();

    @Test
    void saysPlainlyItIsOfflineOutputAndEchoesTheLastUserMessage() {
        ModelCallRequested call = ModelCalls.call().system("You are a blacksmith.").user("first question")
                .assistant("an answer").user("Where can I buy a sword?").build();

        ModelReply reply = model.chat(call);

        assertThat(reply.content()).startsWith("[offline model] ")
                .contains("offline development output")
                .contains("Where can I buy a sword?")
                .doesNotContain("first question");
        assertThat(reply.providerModel()).isEqualTo("offline");
        assertThat(reply.finishReason()).isEqualTo("stop");
    }

    @Test
    void isDeterministic() {
        ModelCallRequested call = ModelCalls.call().user("same input").build();

        assertThat(model.chat(call).content()).isEqualTo(model.chat(call).content());
    }

    @Test
    void estimatesTokensAsAboutFourCharactersEach() {
        String prompt = "x".repeat(400);
        ModelCallRequested call = ModelCalls.call().user(prompt).build();

        ModelReply reply = model.chat(call);

        assertThat(reply.usage().promptTokens()).isEqualTo(100);
        assertThat(reply.usage().completionTokens()).isEqualTo(Math.max(1, reply.content().length() / 4));
    }

    @Test
    void countsAtLeastOneTokenForTinyPrompts() {
        ModelReply reply = model.chat(ModelCalls.call().user("hi").build());

        assertThat(reply.usage().promptTokens()).isEqualTo(1);
    }

    @Test
    void answersAStructuredCallWithJsonOfTheSchema() {
        JsonNode schema = Json.tree("""
                {"type":"object","required":["headline","tags"],
                 "properties":{"headline":{"type":"string","maxLength":20},
                               "tags":{"type":"array","minItems":2,"items":{"type":"string"}}}}
                """);

        ModelReply reply = model.chat(ModelCalls.call().user("write a headline").schema(schema).build());

        JsonNode answer = Json.tree(reply.content());
        assertThat(answer.get("headline").asText()).hasSizeLessThanOrEqualTo(20);
        assertThat(answer.get("tags")).hasSize(2);
    }
}
