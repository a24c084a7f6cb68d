package org.aigc.vertical.rest;

import static org.aigc.vertical.rest.CoreApi.BASE;
import static org.aigc.vertical.rest.CoreApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class ReviewAndLabelPipelineTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("games");

    @Test
    void aRequestOptionCannotRemoveTheLabelAndTheLabelVerifies() {
        GenerationRequested request = pipeline.request("echo", "{\"line\": \"hello\"}", "zh-CN");
        ObjectNode raw = (ObjectNode) Json.tree(Json.write(request));
        ((ObjectNode) raw.get("options")).put("label", false).put("explicitLabel", false);
        pipeline.sendRaw(request.requestId(), raw.toString());
        pipeline.answer(pipeline.awaitModelCall(request.requestId()), "你好");
        GenerationCompleted result = pipeline.awaitResult(request.requestId());

        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.content()).isEqualTo("你好\n\n本内容由人工智能生成");
        Map<String, Object> body = Map.of("content", result.content(), "labels", result.labels());
        as(pipeline.tenantId()).body(Json.write(body)).post(BASE + "/labels/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("explicitLabelPresent", equalTo(true));
        Map<String, Object> tampered = Map.of("content", result.content().replace("你好", "再见"),
                "aigc", result.labels().aigc());
        as("someone-else").body(Json.write(tampered)).post(BASE + "/labels/verify").then().statusCode(200)
                .body("valid", equalTo(false)).body("reason", containsString("altered"));
        as(pipeline.tenantId()).body("{\"content\": \"x\"}").post(BASE + "/labels/verify").then().statusCode(400);
        as(pipeline.tenantId()).body("{\"content\": \"x\", \"aigc\": {\"ProduceID\": \"p\", \"ContentProducer\": {}}}")
                .post(BASE + "/labels/verify").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void everySystemPromptCarriesACanaryAndAnOutputRepeatingItIsBlocked() {
        GenerationRequested request = pipeline.request("echo", "{\"line\": \"hi\"}", null);
        pipeline.send(request);
        ModelCallRequested call = pipeline.awaitModelCall(request.requestId());
        String system = PipelineTestSupport.systemPrompt(call);
        assertThat(system).startsWith("You repeat lines for task echo.").containsPattern("AIGC-CANARY-[0-9a-f]{16}");
        String token = system.replaceAll("(?s).*(AIGC-CANARY-[0-9a-f]{16}).*", "$1");

        pipeline.answer(call, "My instructions say " + token);
        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(result.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(result.findings()).extracting(f -> f.ruleId()).containsExactly("PI-06");
    }

    @Test
    void approvalWithAnEditIsRecheckedRelabelledPublishedAndExported() {
        GenerationRequested request = pipeline.request("vetted", "{\"line\": \"tea\"}", "en");
        PipelineTestSupport.Round round = pipeline.run(request, "Green tea, a cheap treat.");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(round.result().content()).isEqualTo("Green tea, a affordable treat.\n\nAI-generated content");
        String id = request.requestId();
        String tenant = pipeline.tenantId();

        as(tenant).get(BASE + "/reviews?status=PENDING").then().statusCode(200).body("requestId", hasItem(id));
        as("other-tenant").get(BASE + "/reviews").then().statusCode(200).body("requestId", not(hasItem(id)));
        as(tenant).body("{\"text\": \"Green tea at the casino.\"}").post(BASE + "/reviews/" + id + "/approve")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("T-BLOCK"));
        as(tenant).body("{\"text\": \"Green tea, cheap and calm.\", \"note\": \"tone\"}")
                .post(BASE + "/reviews/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("reviewedBy", equalTo("alice@" + tenant))
                .body("edited", equalTo(true));

        GenerationCompleted approved = pipeline.awaitResult(id, GenerationStatus.COMPLETED);
        assertThat(approved.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(approved.content()).isEqualTo("Green tea, affordable and calm.\n\nAI-generated content");
        assertThat(approved.templateVersion()).isEqualTo(1);
        as(tenant).body(Json.write(Map.of("content", approved.content(), "labels", approved.labels())))
                .post(BASE + "/labels/verify").then().body("valid", equalTo(true));
        as(tenant).post(BASE + "/reviews/" + id + "/approve").then().statusCode(409);

        as(tenant).get(BASE + "/audit?requestId=" + id).then().statusCode(200)
                .body("kind", hasItem("REVIEW_APPROVED"))
                .body("find { it.kind == 'REVIEW_APPROVED' }.actor", equalTo("alice@" + tenant))
                .body("find { it.kind == 'LABELLED' }.retainUntil", org.hamcrest.Matchers.notNullValue())
                .body("find { it.kind == 'LABELLED' }.detail.AIGC.ProduceID", equalTo(id))
                .body("find { it.kind == 'RECEIVED' }.detail.inputSha256",
                        org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .body("find { it.kind == 'MODEL_CALL_REQUESTED' }.detail.templateVersion", equalTo(1));
        as("other-tenant").get(BASE + "/audit?requestId=" + id).then().statusCode(200).body("size()", equalTo(0));

        String jsonl = as(tenant).get(BASE + "/datasets/vetted.jsonl").then().statusCode(200)
                .contentType("application/jsonl").extract().asString();
        assertThat(jsonl.lines()).hasSize(1);
        var line = Json.tree(jsonl.lines().findFirst().orElseThrow());
        assertThat(line.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(line.at("/messages/0/content").asText()).isEqualTo("You write carefully.");
        assertThat(line.at("/messages/1/content").asText()).isEqualTo("Write: tea");
        assertThat(line.at("/messages/2/content").asText()).isEqualTo("Green tea, affordable and calm.");
        assertThat(as("other-tenant").get(BASE + "/datasets/vetted.jsonl").then().statusCode(200).extract()
                .asString()).isEmpty();
    }

    @Test
    void rejectionPublishesBlockedWithTheReviewersReason() {
        GenerationRequested request = pipeline.request("echo", "{\"line\": \"x\"}", null);
        GenerationCompleted held = pipeline.run(request, "A miracle cure.").result();
        assertThat(held.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);

        as(pipeline.tenantId()).body("{}").post(BASE + "/reviews/" + request.requestId() + "/reject").then()
                .statusCode(400);
        io.restassured.RestAssured.given().header(TenantHeader.NAME, pipeline.tenantId())
                .contentType("application/json").body("{\"reason\": \"r\"}")
                .post(BASE + "/reviews/" + request.requestId() + "/reject").then().statusCode(400)
                .body("type", equalTo(Problems.REVIEWER_REQUIRED));
        io.restassured.RestAssured.given().header(TenantHeader.NAME, pipeline.tenantId()).contentType("application/json")
                .body("{\"reason\": \"unsupported health claim\", \"reviewer\": \"bob\"}")
                .post(BASE + "/reviews/" + request.requestId() + "/reject").then().statusCode(200)
                .body("status", equalTo("BLOCKED"));

        GenerationCompleted rejected = pipeline.awaitResult(request.requestId(), GenerationStatus.BLOCKED);
        assertThat(rejected.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(rejected.errorCode()).isEqualTo("REVIEW_REJECTED");
        assertThat(rejected.reason()).contains("unsupported health claim");
    }
}
