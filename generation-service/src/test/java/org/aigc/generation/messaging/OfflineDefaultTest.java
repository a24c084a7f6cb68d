package org.aigc.generation.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallCompleted;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.contracts.Topics;
import org.aigc.contracts.UsageRecorded;
import org.aigc.generation.testing.Kafka;
import org.aigc.generation.testing.ModelCalls;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Without any aigc.openai.* config the service starts and alias {@code default} is the offline model. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class OfflineDefaultTest {

    static KafkaTestClient kafka;
    static KafkaTestClient.Reader results;
    static KafkaTestClient.Reader usage;

    @BeforeAll
    static void connect() {
        kafka = Kafka.client();
        results = kafka.reader(Topics.modelResults("health"));
        usage = kafka.reader(Topics.USAGE);
    }

    @AfterAll
    static void disconnect() {
        results.close();
        usage.close();
        kafka.close();
    }

    @Test
    void defaultAliasAnswersOfflineAndSaysSo() {
        ModelCallRequested call = ModelCalls.call().vertical("health").task("leaflet")
                .user("Explain asthma " + UUID.randomUUID()).build();

        kafka.sendEvent(Topics.MODEL_CALLS, call.requestId(), call);

        ModelCallCompleted result = Kafka.awaitResult(results, call.requestId());
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(result.model()).isEqualTo("offline");
        assertThat(result.providerModel()).isEqualTo("offline");
        assertThat(result.content()).startsWith("[offline model] ").contains(call.messages().get(0).content());
        assertThat(result.usage().promptTokens()).isPositive();
        UsageRecorded recorded = Kafka.awaitUsage(usage, call.requestId());
        assertThat(recorded.model()).isEqualTo("offline");
        assertThat(recorded.cost()).isEqualByComparingTo("0");
        assertThat(recorded.completionTokens()).isEqualTo(result.usage().completionTokens());
    }

    @Test
    void structuredCallGetsAValidInstanceOfItsSchema() {
        JsonNode schema = Json.tree("""
                {"type":"object","required":["title","sections","readingLevel"],
                 "properties":{"title":{"type":"string","minLength":5,"maxLength":60},
                   "sections":{"type":"array","minItems":3,"items":{"type":"object","required":["heading","body"],
                     "properties":{"heading":{"type":"string"},"body":{"type":"string","minLength":20}}}},
                   "readingLevel":{"type":"integer","minimum":1,"maximum":12}}}
                """);
        ModelCallRequested call = ModelCalls.call().vertical("health").user("Leaflet " + UUID.randomUUID())
                .schema(schema).build();

        kafka.sendEvent(Topics.MODEL_CALLS, call.requestId(), call);

        ModelCallCompleted result = Kafka.awaitResult(results, call.requestId());
        assertThat(result.status()).isEqualTo(ModelCallCompleted.OK);
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                .validate(Json.tree(result.content()))).isEmpty();
    }

    @Test
    void modelsShowsDefaultAsOffline() {
        given().when().get("/models").then().statusCode(200)
                .body("find { it.alias == 'default' }.kind", equalTo("offline"))
                .body("find { it.alias == 'default' }.model", equalTo("offline"))
                .body("find { it.alias == 'default' }.providerModel", equalTo("offline"));
    }

    @Test
    void readinessIsUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
