package org.aigc.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.domain.ComplianceRule;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "health"))
class SoapNotePipelineTest {

    private static final String TRANSCRIPT = "Patient reports a dry cough for two weeks, no fever. Lungs clear on "
            + "auscultation. Clinician suggests fluids and a review in one week.";

    /** One of every Safe Harbor identifier text can carry; none may reach the model call. */
    static final List<String> IDENTIFIERS = List.of("John Smith", "Smith", "42 Oak Street", "Springfield", "62704",
            "03/14", "March 3", "92-year-old", "(555) 123-4567", "555-987-6543", "john.smith@example.com",
            "123-45-6789", "4471203", "XGH4471209", "55120", "D1234567", "7ABC123", "PM-99812-A",
            "portal.example.org", "192.168.10.20", "88123451", "Mary");
    static final String PHI_TRANSCRIPT = "Patient: John Smith, DOB 03/14/1950, MRN: 4471203. Mr. Smith lives at "
            + "42 Oak Street, Springfield, IL 62704. Phone (555) 123-4567, fax: 555-987-6543, email "
            + "john.smith@example.com. SSN 123-45-6789. Member ID: XGH4471209. Account no. 55120. Driver's licence "
            + "D1234567. Plate 7ABC123. Pacemaker serial PM-99812-A. Portal https://portal.example.org/p/4471 from "
            + "192.168.10.20. Admitted March 3, 2024. His mother, a 92-year-old, and his wife Mary visit. "
            + "Claim 88123451. Reports a dry cough for two weeks, no fever. Lungs clear.";

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("health");

    @Test
    void draftsAJsonSoapNoteForTheClinician() {
        GenerationRequested request = pipeline.request("soap-note",
                "{\"transcript\": \"%s\", \"specialty\": \"family medicine\"}".formatted(TRANSCRIPT), "en-US");
        String note = "{\"subjective\": \"dry cough 2 weeks, no fever\", \"objective\": \"lungs clear\", "
                + "\"assessment\": \"not documented\", \"plan\": \"fluids, review in 1 week\"}";

        PipelineTestSupport.Round round = pipeline.run(request, note);

        assertThat(PipelineTestSupport.userPrompt(round.call())).contains(TRANSCRIPT);
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("in family medicine", "JSON object");
        assertThat(round.call().responseSchema()).isNotNull();
        GenerationCompleted result = round.result();
        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.output().path("objective").asText()).isEqualTo("lungs clear");
        assertThat(result.templateVersion()).isEqualTo(2);
    }

    @Test
    void noIdentifierReachesTheModelCall() {
        GenerationRequested request = pipeline.request("soap-note",
                Json.write(java.util.Map.of("transcript", PHI_TRANSCRIPT)), "en-US");

        PipelineTestSupport.Round round = pipeline.run(request, "{\"subjective\": \"cough\", \"objective\": "
                + "\"lungs clear\", \"assessment\": \"not documented\", \"plan\": \"not documented\"}");

        String body = Json.write(round.call());
        assertThat(IDENTIFIERS).allSatisfy(id -> assertThat(body).doesNotContain(id));
        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("Patient: [NAME]", "[DATE]/1950",
                "[MRN]", "[ADDRESS]", "[ZIP]", "[PHONE]", "[FAX]", "[SSN]", "[HEALTH-PLAN-ID]",
                "[ACCOUNT]", "[LICENCE]", "[VEHICLE-ID]", "[DEVICE-ID]", "[URL]", "[IP]", "[90 or older]", "[ID]",
                "dry cough for two weeks");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        // findings name the rule but never carry the identifier itself
        assertThat(round.result().findings()).extracting(Finding::ruleId)
                .contains("HC-01-A", "HC-01-B", "HC-01-B-ZIP", "HC-01-C", "HC-01-C-AGE", "HC-01-D", "HC-01-E",
                        "HC-01-F", "HC-01-G", "HC-01-H", "HC-01-I", "HC-01-J", "HC-01-K", "HC-01-L", "HC-01-M",
                        "HC-01-N", "HC-01-O", "HC-01-R");
        assertThat(Json.write(round.result().findings())).doesNotContain("123-45-6789", "John Smith");
    }

    @Test
    void identifiersInTheModelsAnswerAreMaskedToo() {
        GenerationRequested request = pipeline.request("soap-note",
                "{\"transcript\": \"%s\"}".formatted(TRANSCRIPT), null);

        GenerationCompleted result = pipeline.run(request, "{\"subjective\": \"Mr. Garcia reports cough\", "
                + "\"objective\": \"lungs clear\", \"assessment\": \"not documented\", \"plan\": \"call 555-201-3344\"}")
                .result();

        assertThat(result.output().path("subjective").asText()).isEqualTo("Mr. [NAME] reports cough");
        assertThat(result.output().path("plan").asText()).isEqualTo("call [PHONE]");
        assertThat(result.findings()).extracting(Finding::ruleId).contains("HC-01-A-OUT", "HC-01-D-OUT");
    }

    @Test
    void flagsAnAssessmentWithoutADocumentedBasis() {
        GenerationRequested request = pipeline.request("soap-note",
                "{\"transcript\": \"%s\"}".formatted(TRANSCRIPT), null);

        GenerationCompleted flagged = pipeline.run(request, "{\"subjective\": \"not documented\", \"objective\": "
                + "\"not documented\", \"assessment\": \"viral bronchitis\", \"plan\": \"fluids\"}").result();
        GenerationCompleted fine = pipeline.run(pipeline.request("soap-note",
                "{\"transcript\": \"%s\"}".formatted(TRANSCRIPT), null), "{\"subjective\": \"cough\", \"objective\": "
                + "\"not documented\", \"assessment\": \"viral bronchitis\", \"plan\": \"fluids\"}").result();

        // HC-05-SOAP-EN (the draft's AI disclosure in its disclaimer field) is on every SOAP note
        assertThat(flagged.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("HC-11", "HC-05-SOAP-EN");
        assertThat(fine.findings()).extracting(Finding::ruleId).containsExactly("HC-05-SOAP-EN");
    }

    @Test
    void refusesTheModelCallWhenDeidentificationFails() {
        // a switched-off redaction rule must not let an SSN through: the gate finds it left over and refuses
        setEnabled("HC-01-G", false);
        try {
            GenerationRequested request = pipeline.request("soap-note",
                    "{\"transcript\": \"%s SSN 123-45-6789 on file.\"}".formatted(TRANSCRIPT), null);

            pipeline.send(request);

            GenerationCompleted result = pipeline.awaitResult(request.requestId());
            assertThat(result.status()).isEqualTo(GenerationStatus.REJECTED);
            assertThat(result.errorCode()).isEqualTo("DEIDENTIFICATION_FAILED");
            assertThat(result.fieldErrors().get(0).message()).contains("HC-01-G").doesNotContain("6789");
            assertThat(pipeline.modelCallsWithin(request.requestId(), Duration.ofMillis(500))).isEmpty();
        } finally {
            setEnabled("HC-01-G", true);
        }
    }

    private static void setEnabled(String ruleId, boolean enabled) {
        QuarkusTransaction.requiringNew().run(() -> ComplianceRule.update("enabled = ?1 where id = ?2", enabled,
                ruleId));
    }
}
