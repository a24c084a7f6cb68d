package org.aigc.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "health"))
class SoapNotePipelineTest {

    private static final String TRANSCRIPT = "Patient reports a dry cough for two weeks, no fever. Lungs clear on "
            + "auscultation. Clinician suggests fluids and a review in one week.";

    private static PipelineTestSupport pipeline;

    @BeforeAll
    static void openPipeline() {
        pipeline = new PipelineTestSupport("health");
    }

    @AfterAll
    static void closePipeline() {
        pipeline.close();
    }

    @Test
    void draftsASoapNoteWithTheDisclaimerAndTheLabelAtTheEnd() {
        GenerationRequested request = pipeline.request("soap-note",
                "{\"transcript\": \"%s\", \"specialty\": \"family medicine\"}".formatted(TRANSCRIPT), "en-US");
        String note = "S: dry cough 2 weeks, no fever.\nO: lungs clear.\nA: not documented.\nP: fluids, review 1 week.";

        PipelineTestSupport.Round round = pipeline.run(request, note);

        assertThat(PipelineTestSupport.userPrompt(round.call())).contains(TRANSCRIPT);
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("in family medicine", "SOAP");
        GenerationCompleted result = round.result();
        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.content()).startsWith(note)
                .contains("\n\nDisclaimer: drafted by AI from the visit transcript.")
                .endsWith("\n\nAI-generated content");
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HC-04-EN", "APPEND"));
    }

    @Test
    void chineseOutputGetsTheChineseDisclaimer() {
        GenerationRequested request = pipeline.request("soap-note",
                "{\"transcript\": \"%s\"}".formatted(TRANSCRIPT), "zh-CN");

        GenerationCompleted result = pipeline.run(request, "主诉：干咳两周。").result();

        assertThat(result.content()).contains("免责声明").endsWith("本内容由人工智能生成");
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("HC-04-ZH");
    }

    @Test
    void blocksATranscriptCarryingAnSsnWithoutEchoingIt() {
        GenerationRequested request = pipeline.request("soap-note",
                "{\"transcript\": \"%s SSN 123-45-6789 on file.\"}".formatted(TRANSCRIPT), null);

        pipeline.send(request);

        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(result.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("HC-01");
        assertThat(result.findings().get(0).excerpt()).isEqualTo("*********89");
        assertThat(pipeline.modelCallsWithin(request.requestId(), Duration.ofMillis(500))).isEmpty();
    }
}
