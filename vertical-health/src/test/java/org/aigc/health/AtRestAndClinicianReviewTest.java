package org.aigc.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.domain.ComplianceRule;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.aigc.vertical.testing.StoredRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the health service keeps at rest, and the clinician review tasks of held patient-facing texts. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "health"))
class AtRestAndClinicianReviewTest {

    private static final String SOAP_ANSWER = "{\"subjective\": \"Mr. Garcia reports cough\", \"objective\": "
            + "\"lungs clear\", \"assessment\": \"not documented\", \"plan\": \"call 555-201-3344\"}";

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("health");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void storesNoIdentifierOfASoapNoteRequestAnywhere() {
        GenerationRequested request = pipeline.request("soap-note",
                Json.write(Map.of("transcript", SoapNotePipelineTest.PHI_TRANSCRIPT)), "en-US");

        GenerationCompleted result = pipeline.run(request, SOAP_ANSWER).result();

        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        List<String> rows = StoredRows.of(dataSource, request.requestId(), "review_task");
        assertThat(rows).hasSizeGreaterThan(5).anySatisfy(r -> assertThat(r).contains("[SSN]", "Patient: [NAME]"));
        assertNoIdentifier(rows, identifiers("Garcia", "555-201-3344"));
    }

    @Test
    void storesNoIdentifierWhenARuleIsOffAndTheGateRefuses() {
        // the name rule is off: the gate refuses the model call, and the stored input still loses the name
        setEnabled("HC-01-A", false);
        try {
            GenerationRequested request = pipeline.request("soap-note", Json.write(Map.of("transcript",
                    "Patient: Eleanor Whitfield, seen for a dry cough for two weeks, no fever. Lungs clear.")), null);
            pipeline.send(request);

            GenerationCompleted result = pipeline.awaitResult(request.requestId());

            assertThat(result.errorCode()).isEqualTo("DEIDENTIFICATION_FAILED");
            assertNoIdentifier(StoredRows.of(dataSource, request.requestId()), List.of("Eleanor", "Whitfield"));
        } finally {
            setEnabled("HC-01-A", true);
        }
    }

    @Test
    void aHeldPatientTextGetsAClinicianTaskWhoseDecisionReleasesIt() {
        GenerationRequested request = pipeline.request("visit-summary", Json.write(Map.of("readingLevel",
                "grade-8", "note", SoapNotePipelineTest.PHI_TRANSCRIPT)), "en-US");

        GenerationCompleted held = pipeline.run(request, "At your visit the team listened to your lungs.").result();

        assertThat(held.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        int taskId = pendingTask(request.requestId());
        // a decision without a status (also behind a byte-order mark, as the fuzzer sent it) is a 400, not a 500
        for (String noStatus : List.of("{}", "\uFEFF{}", "{\"status\": null, \"reviewer\": \"dr-lee\"}")) {
            as(pipeline.tenantId()).body(noStatus).put("/api/v1/health/review-tasks/" + taskId)
                    .then().statusCode(400).body("detail", containsString("APPROVED or REJECTED"));
        }
        as(pipeline.tenantId()).body("{\"status\": \"APPROVED\", \"reviewer\": \"dr-lee\", \"comment\": "
                + "\"Read back to Mr. Smith on 555-201-3344.\"}").put("/api/v1/health/review-tasks/" + taskId)
                .then().statusCode(200);

        GenerationCompleted released = pipeline.awaitResult(request.requestId(), GenerationStatus.COMPLETED);
        assertThat(released.content()).contains("listened to your lungs");
        var task = as(pipeline.tenantId()).get("/api/v1/health/review-tasks/" + taskId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(task.getString("status")).isEqualTo("APPROVED");
        assertThat(task.getString("reviewer")).isEqualTo("dr-lee");
        assertThat(task.getString("comment")).contains("Mr. [redacted:phi-any]").doesNotContain("Smith", "555-201-3344");
        assertThat(as(pipeline.tenantId()).get("/api/v1/health/reviews").then().statusCode(200).extract()
                .jsonPath().getList("requestId", String.class)).doesNotContain(request.requestId());
        assertNoIdentifier(StoredRows.of(dataSource, request.requestId(), "review_task"), identifiers());
    }

    @Test
    void aRejectionInTheReviewQueueClosesTheClinicianTask() {
        GenerationRequested request = pipeline.request("patient-education",
                "{\"topic\": \"Knee pain\", \"readingLevel\": \"grade-5\"}", null);
        assertThat(pipeline.run(request, "Rest your knee and keep moving gently.").result().status())
                .isEqualTo(GenerationStatus.NEEDS_REVIEW);
        int taskId = pendingTask(request.requestId());

        as(pipeline.tenantId()).header("X-Aigc-User", "dr-okafor").body("{\"reason\": \"too vague\"}")
                .post("/api/v1/health/reviews/" + request.requestId() + "/reject").then().statusCode(200);

        assertThat(pipeline.awaitResult(request.requestId(), GenerationStatus.BLOCKED).errorCode())
                .isEqualTo("REVIEW_REJECTED");
        var task = as(pipeline.tenantId()).get("/api/v1/health/review-tasks/" + taskId).then().extract().jsonPath();
        assertThat(task.getString("status")).isEqualTo("REJECTED");
        assertThat(task.getString("reviewer")).isEqualTo("dr-okafor");
        assertThat(task.getString("comment")).isEqualTo("too vague");
    }

    @Test
    void aSoapNoteCarriesItsDisclosureInTheDisclaimerField() {
        String transcript = "Patient reports a dry cough for two weeks, no fever. Lungs clear on auscultation.";
        GenerationCompleted english = pipeline.run(pipeline.request("soap-note", Json.write(Map.of("transcript",
                transcript)), "en-US"), "{\"subjective\": \"cough\", \"objective\": \"lungs clear\", \"assessment\": "
                + "\"not documented\", \"plan\": \"fluids\", \"disclaimer\": \"none needed\"}").result();
        GenerationCompleted chinese = pipeline.run(pipeline.request("soap-note", Json.write(Map.of("transcript",
                transcript)), "zh-CN"), "{\"subjective\": \"咳嗽两周\", \"objective\": \"双肺清\", \"assessment\": "
                + "\"未记录\", \"plan\": \"多饮水\"}").result();

        assertThat(english.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(english.output().path("disclaimer").asText()).startsWith("AI-generated draft")
                .contains("licensed clinician must review");
        assertThat(english.content()).contains("\"disclaimer\"").doesNotContain("none needed");
        assertThat(chinese.output().path("disclaimer").asText()).startsWith("AI生成的草稿");
        assertThat(chinese.output().path("subjective").asText()).isEqualTo("咳嗽两周");
    }

    private static int pendingTask(String requestId) {
        List<Map<String, Object>> tasks = as(pipeline.tenantId()).get("/api/v1/health/review-tasks?status=PENDING")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return tasks.stream().filter(t -> requestId.equals(t.get("requestId"))).map(t -> (Integer) t.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no pending review task for " + requestId));
    }

    private static List<String> identifiers(String... more) {
        List<String> all = new ArrayList<>(SoapNotePipelineTest.IDENTIFIERS);
        all.addAll(List.of(more));
        return all;
    }

    /** Whole-word, case-insensitive: a digit run inside a hash or a timestamp is not the identifier. */
    static void assertNoIdentifier(List<String> rows, List<String> identifiers) {
        assertThat(rows).isNotEmpty();
        for (String id : identifiers) {
            Pattern p = Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(id) + "(?![0-9A-Za-z])",
                    Pattern.CASE_INSENSITIVE);
            assertThat(rows).as("stored rows containing %s", id).noneMatch(r -> p.matcher(r).find());
        }
    }

    private static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    private static void setEnabled(String ruleId, boolean enabled) {
        QuarkusTransaction.requiringNew().run(() -> ComplianceRule.update("enabled = ?1 where id = ?2", enabled,
                ruleId));
    }
}
