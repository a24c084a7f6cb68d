package org.aigc.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.health.domain.ClinicalNote;
import org.aigc.health.domain.EducationMaterial;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "health"))
class PatientFacingPipelineTest {

    private static final String NOTE = "Seen for a sprained left ankle after a fall. X-ray: no fracture. Rest, ice, "
            + "elevation. Crutches for one week. Follow-up in two weeks.";

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("health");

    private GenerationCompleted run(String task, String input, String locale, String answer) {
        return pipeline.run(pipeline.request(task, input, locale), answer).result();
    }

    @Test
    void patientEducationUsesTheReadingLevelAndReviewedMaterialAndGoesToReview() {
        material("Asthma inhalers", "Rinse your mouth after a steroid inhaler.", "dr-okafor");
        material("Asthma inhalers", "Unreviewed draft text that must not be used.", null);
        GenerationRequested request = pipeline.request("patient-education",
                "{\"topic\": \"Asthma inhalers\", \"readingLevel\": \"grade-5\"}", "en-US");

        PipelineTestSupport.Round round = pipeline.run(request,
                "An inhaler puts medicine into your lungs. If you have asthma, ask your clinician which one is right.");

        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("US grade 5", "at most 12 words");
        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("Rinse your mouth", "dr-okafor")
                .doesNotContain("Unreviewed draft");
        GenerationCompleted result = round.result();
        assertThat(result.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(result.content()).contains("written with the help of artificial intelligence (AI)",
                "contact your care team").endsWith("AI-generated content");
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("HC-04-EN");
    }

    @Test
    void blocksADiagnosisOrADoseInPatientFacingText() {
        String input = "{\"topic\": \"Type 2 diabetes\", \"readingLevel\": \"grade-8\"}";
        GenerationCompleted diagnosis = run("patient-education", input, null, "You have type 2 diabetes.");
        GenerationCompleted dose = run("patient-education", input, null, "Take metformin 500 mg twice daily.");
        GenerationCompleted change = run("patient-education", input, null, "Double your insulin dose at night.");
        GenerationCompleted chinese = run("patient-education", input, "zh-CN", "您患有2型糖尿病，每日2次，每次500毫克。");

        assertThat(diagnosis.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(diagnosis.findings()).extracting(Finding::ruleId).contains("HC-02-DX");
        assertThat(dose.findings()).extracting(Finding::ruleId).contains("HC-02-RX");
        assertThat(change.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(chinese.findings()).extracting(Finding::ruleId).contains("HC-02-DX", "HC-02-RX");
    }

    @Test
    void leavesGeneralInformationAndSafetyAdviceAlone() {
        GenerationCompleted result = run("patient-education",
                "{\"topic\": \"Type 2 diabetes\", \"readingLevel\": \"grade-8\"}", null,
                "If you have diabetes, regular checks help. Do not stop taking your medicine without talking to "
                        + "your care team. People who have diabetes can ask a clinician about their treatment.");

        assertThat(result.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("HC-04-EN");
    }

    @Test
    void visitSummaryReadsTheTenantsStoredNote() {
        long id = note(pipeline.tenantId(), NOTE);
        GenerationRequested request = pipeline.request("visit-summary",
                "{\"noteId\": %d, \"readingLevel\": \"grade-8\"}".formatted(id), null);

        PipelineTestSupport.Round round = pipeline.run(request, "At your visit the team checked your ankle.");

        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("X-ray: no fracture");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
    }

    @Test
    void rejectsAnotherTenantsNoteAndAStoredNoteThatStillCarriesIdentifiers() {
        long foreign = note("another-tenant", NOTE);
        long leaky = note(pipeline.tenantId(), "Patient: John Smith, MRN: 4471203. " + NOTE);

        GenerationRequested other = pipeline.request("visit-summary",
                "{\"noteId\": %d, \"readingLevel\": \"grade-8\"}".formatted(foreign), null);
        GenerationRequested phi = pipeline.request("discharge-instructions",
                "{\"noteId\": %d, \"readingLevel\": \"grade-8\"}".formatted(leaky), null);
        pipeline.send(other);
        pipeline.send(phi);

        assertThat(pipeline.awaitResult(other.requestId()).errorCode()).isEqualTo("UNKNOWN_NOTE");
        GenerationCompleted refused = pipeline.awaitResult(phi.requestId());
        assertThat(refused.errorCode()).isEqualTo("DEIDENTIFICATION_FAILED");
        assertThat(refused.reason()).doesNotContain("John");
        assertThat(pipeline.modelCallsWithin(phi.requestId(), Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void dischargeInstructionsInChineseCarryTheDisclaimerAndTheEmergencyMessage() {
        GenerationCompleted result = run("discharge-instructions",
                "{\"note\": \"胸痛两小时后入院观察，心电图正常，次日出院。\", \"readingLevel\": \"grade-8\"}", "zh-CN",
                "回家后请注意休息。如再次出现胸痛，请立即就医。");

        assertThat(result.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(result.content()).contains("本文由人工智能（AI）辅助生成", "请立即拨打120");
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("HC-04-ZH", "HC-12-ZH");
    }

    @Test
    void visitSummaryAndDischargeInstructionsBlockADiagnosisOrADose() {
        String note = "{\"note\": \"%s\", \"readingLevel\": \"grade-8\"}".formatted(NOTE);
        GenerationCompleted diagnosis = run("visit-summary", note, null, "You have a fracture of the left ankle.");
        GenerationCompleted fine = run("visit-summary", note, null, "The team checked your ankle; the X-ray was clear.");
        GenerationCompleted dose = run("discharge-instructions", note, null, "Take ibuprofen 400 mg three times a day.");

        assertThat(diagnosis.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(diagnosis.findings()).extracting(Finding::ruleId).contains("HC-02-DX");
        assertThat(fine.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(dose.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(dose.findings()).extracting(Finding::ruleId).contains("HC-02-RX");
    }

    @Test
    void refusesPrescriptionRequestsAndMarketingReuse() {
        GenerationRequested rx = pipeline.request("patient-education",
                "{\"topic\": \"write me a prescription for amoxicillin\", \"readingLevel\": \"grade-8\"}", null);
        GenerationRequested marketing = pipeline.request("visit-summary",
                "{\"note\": \"Summarise this note for marketing campaign targeting.\", \"readingLevel\": \"grade-8\"}",
                null);
        pipeline.send(rx);
        pipeline.send(marketing);

        assertThat(pipeline.awaitResult(rx.requestId()).findings()).extracting(Finding::ruleId)
                .containsExactly("HC-03");
        GenerationCompleted blocked = pipeline.awaitResult(marketing.requestId());
        assertThat(blocked.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(blocked.findings()).extracting(Finding::ruleId).containsOnly("HC-09");
    }

    @Test
    void blocksCureRatesAndFlagsUnsubstantiatedEfficacy() {
        String input = "{\"topic\": \"Knee pain\", \"readingLevel\": \"grade-8\"}";
        GenerationCompleted cure = run("patient-education", input, "zh-CN", "本疗法治愈率高达95%，保证治愈。");
        GenerationCompleted proven = run("patient-education", input, null, "This exercise plan is clinically proven.");
        GenerationCompleted surgery = run("patient-education", input, "zh-CN", "根治性手术后需要康复训练。");

        assertThat(cure.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(cure.findings()).extracting(Finding::ruleId).contains("HC-06");
        assertThat(proven.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(proven.findings()).extracting(Finding::ruleId).contains("HC-10");
        assertThat(surgery.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
    }

    @Test
    void rejectsInputOutsideTheSchema() {
        GenerationRequested request = pipeline.request("visit-summary", "{\"readingLevel\": \"grade-99\"}", null);
        pipeline.send(request);

        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(result.status()).isEqualTo(GenerationStatus.REJECTED);
        assertThat(result.fieldErrors()).isNotEmpty();
    }

    private static void material(String topic, String body, String reviewer) {
        QuarkusTransaction.requiringNew().run(() -> {
            EducationMaterial m = new EducationMaterial();
            m.tenantId = pipeline.tenantId();
            m.topic = topic;
            m.readingLevel = "grade-5";
            m.locale = "en-US";
            m.body = body;
            m.reviewedBy = reviewer;
            m.updatedAt = Instant.now();
            m.persist();
        });
    }

    private static long note(String tenant, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ClinicalNote n = new ClinicalNote();
            n.tenantId = tenant;
            n.title = "Visit";
            n.text = text;
            n.createdAt = Instant.now();
            n.persist();
            return n.id;
        });
    }
}
