package org.aigc.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemasTest {

    static final GenerationRequested REQUEST = GenerationRequested.of("req-1", "tenant-1", Verticals.ECOMMERCE,
            "product-listing", Json.tree("{\"sku\":\"SKU-123\",\"channel\":\"amazon\"}"),
            new GenerationOptions("gpt-4o-mini", "en-US", true, 400));

    static final ModelCallRequested CALL = ModelCallRequested.of("req-1", "tenant-1", Verticals.ECOMMERCE,
            "req-1#1", "product-listing", "default",
            List.of(ChatMessage.system("You write listings."), ChatMessage.user("SKU-123")), 0.2, 400,
            Json.tree("{\"type\":\"object\"}"), false);

    /** One valid instance of every event type. */
    static Stream<Event> samples() {
        Labels labels = new Labels("AI-generated",
                new AigcLabel("1", "aigc-platform", "req-1", "c2lnbmF0dXJl", null, null, null));
        return Stream.of(REQUEST, CALL,
                ModelCallCompleted.ok(CALL, "Title: ...", "default", "gpt-4o-mini", "stop", new TokenUsage(120, 80),
                        420, null),
                ModelCallCompleted.failed(CALL, "default", "MODEL_TIMEOUT", "no answer within 30s", null, 30000,
                        null),
                ModelChunk.delta(CALL, 0, "Title"),
                ModelChunk.end(CALL, 1, null),
                GenerationCompleted.of(REQUEST, GenerationStatus.COMPLETED).content("Title: ...").labels(labels)
                        .findings(List.of(new Finding("EC-03", "AMEND", "price claim removed", "EU 2019/2161",
                                "was 99")))
                        .model("offline").templateVersion(1).usage(new TokenUsage(120, 80))
                        .timings(Map.of("total", 812L)).build(),
                GenerationCompleted.of(REQUEST, GenerationStatus.REJECTED).error("INVALID_INPUT", "input invalid")
                        .fieldErrors(List.of(new FieldError("/sku", "is required"))).build(),
                UsageRecorded.of(CALL, "default", "gpt-4o-mini", new TokenUsage(120, 80), new BigDecimal("0.000066"),
                        "USD", false),
                GenerationCancelled.of("req-1", "tenant-1", Verticals.ECOMMERCE));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEventSerialisesToAnInstanceOfItsSchema(Event event) {
        JsonNode json = Json.toTree(event);
        assertThat(EventSchemas.violations(event.getClass(), json)).isEmpty();
        assertThat(Json.read(Json.write(event), event.getClass())).isEqualTo(event);
    }

    @Test
    void everyEventTypeHasASchemaAndASample() {
        Map<Class<?>, Long> sampled = samples().collect(Collectors.groupingBy(Object::getClass,
                Collectors.counting()));
        assertThat(EventSchemas.TYPES).allSatisfy(type -> {
            assertThat(EventSchemas.schema(type)).isNotNull();
            assertThat(sampled).containsKey(type);
        });
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aRecordMissingItsRequestIdBreaksTheContract(Event event) {
        ObjectNode json = (ObjectNode) Json.toTree(event);
        json.remove("requestId");
        assertThat(EventSchemas.violations(event.getClass(), json)).isNotEmpty();
    }

    @Test
    void wrongTypesAndUnknownEnumValuesBreakTheContract() {
        ObjectNode completed = (ObjectNode) Json.toTree(samples().filter(GenerationCompleted.class::isInstance)
                .findFirst().orElseThrow());
        completed.put("status", "DONE");
        assertThat(EventSchemas.violations(GenerationCompleted.class, completed)).isNotEmpty();

        ObjectNode usage = (ObjectNode) Json.toTree(samples().filter(UsageRecorded.class::isInstance)
                .findFirst().orElseThrow());
        usage.put("cost", 0.1);
        assertThat(EventSchemas.violations(UsageRecorded.class, usage)).isNotEmpty();

        ObjectNode call = (ObjectNode) Json.toTree(CALL);
        call.putArray("messages");
        assertThat(EventSchemas.violations(ModelCallRequested.class, call)).isNotEmpty();
    }

    @Test
    void costTravelsAsAnExactDecimalString() {
        UsageRecorded usage = UsageRecorded.of(CALL, "default", "m", new TokenUsage(1, 1),
                new BigDecimal("0.10000000000000000001"), "USD", false);
        assertThat(Json.toTree(usage).get("cost").isTextual()).isTrue();
        assertThat(Json.read(Json.write(usage), UsageRecorded.class).cost())
                .isEqualByComparingTo("0.10000000000000000001");
    }

    @Test
    void tinyCostsStayPlainDecimalsThatMatchTheSchema() {
        UsageRecorded usage = UsageRecorded.of(CALL, "default", "m", new TokenUsage(1, 0), new BigDecimal("0.00000015"),
                "USD", false);
        assertThat(Json.toTree(usage).get("cost").asText()).isEqualTo("0.00000015");
        assertThat(EventSchemas.violations(UsageRecorded.class, Json.tree(Json.write(usage)))).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnoredSoEvolutionIsAdditive() {
        ObjectNode json = (ObjectNode) Json.toTree(REQUEST);
        json.put("addedInVersion2", "x");
        assertThat(EventSchemas.validate(GenerationRequested.class, json.toString())).isEqualTo(REQUEST);
    }

    @Test
    void malformedPayloadsRaiseMalformedEventException() {
        assertThatThrownBy(() -> EventSchemas.validate(GenerationRequested.class, "{not json"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventSchemas.validate(GenerationRequested.class, "{\"requestId\":\"x\"}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("violates its schema");
    }

    @Test
    void topicsCoverEveryVerticalAndHaveDeadLetterTopics() {
        Map<String, String> byName = Topics.all().stream().collect(Collectors.toMap(Function.identity(), t -> t));
        assertThat(byName).containsKeys("aigc.requests.games", "aigc.model-results.finance", "aigc.model-calls",
                "aigc.model-chunks", "aigc.results", "aigc.usage");
        assertThat(Topics.all()).hasSize(Verticals.ALL.size() * 2 + 6).contains("aigc.model-results.direct");
        assertThatThrownBy(() -> Topics.requests(Verticals.DIRECT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Topics.allWithDeadLetters()).contains("aigc.requests.games.dlq").hasSize(Topics.all().size() * 2);
        assertThatThrownBy(() -> Topics.requests("casino")).isInstanceOf(IllegalArgumentException.class);
    }
}
