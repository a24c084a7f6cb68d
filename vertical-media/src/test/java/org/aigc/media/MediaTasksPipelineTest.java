package org.aigc.media;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The media tasks and MD rules end to end over Kafka, with stored outlets and source documents. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "media"))
class MediaTasksPipelineTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("media");
    private static long outlet;
    private static long document;

    /** RestAssured points at the test app only once a test runs, so the data is stored before each test. */
    @BeforeEach
    void storeSource() {
        if (document == 0) {
            outlet = MediaData.outlet(pipeline.tenantId(), "Riverside Daily");
            document = MediaData.document(pipeline.tenantId(), outlet, "Tram line extended", MediaData.SOURCE);
        }
    }

    private GenerationCompleted run(String task, String input, String answer) {
        return pipeline.run(pipeline.request(task, input, "en"), answer).result();
    }

    private GenerationCompleted refused(String task, String input) {
        GenerationRequested request = pipeline.request(task, input, "en");
        pipeline.send(request);
        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(pipeline.modelCallsWithin(request.requestId(), Duration.ofMillis(300))).isEmpty();
        return result;
    }

    private static String summary() {
        return "{\"documentId\": %d, \"maxWords\": 60}".formatted(document);
    }

    private static Object[] rules(GenerationCompleted result) {
        return result.findings().stream().map(Finding::ruleId).distinct().toArray();
    }

    @Test
    void aSummaryOfAStoredDocumentWaitsForItsEditor() {
        PipelineTestSupport.Round round = pipeline.run(pipeline.request("news-summary", summary(), "en"),
                "The council voted 7-2 to add 4 stations to the tram line; \"this line will carry 12,000 people a "
                        + "day\", said Ana Ruiz. It will cost 48.5 million euros.");
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("Riverside Daily",
                "Sentence-case headlines", "Do not write a byline");
        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("Tram line extended",
                "The city council voted 7-2");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(round.result().findings()).isEmpty();
        assertThat(refused("news-summary", "{\"documentId\": 999999}").errorCode()).isEqualTo("UNKNOWN_DOCUMENT");
    }

    @Test
    void md01FaithfulnessBlocksInventedQuotesNumbersAndAgencies() {
        GenerationCompleted quote = run("news-summary", summary(),
                "Ruiz said \"the tram will be free for everyone\" after the vote.");
        assertThat(quote.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(quote.findings()).extracting(Finding::ruleId, Finding::excerpt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MD-01-FAITH", "the tram will be free for everyone"));
        assertThat(run("news-summary", summary(), "The extension will cost 60 million euros.").findings())
                .extracting(Finding::excerpt).containsExactly("60");
        assertThat(rules(run("news-summary", summary(), "Reuters reports the council backed the extension.")))
                .containsExactly("MD-01-FAITH");
        // the same facts in other words stay allowed: digits for spelled-out numbers, a real quote, scare quotes
        assertThat(run("news-summary", summary(), "Four stations, or 4 new \"stops\", were approved 7-2 on Tuesday.")
                .findings()).isEmpty();
    }

    @Test
    void md05AnAiBylineIsRemoved() {
        GenerationCompleted result = run("news-summary", summary(),
                "By ChatGPT\nThe council voted 7-2 to extend the tram line.");
        assertThat(result.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(result.content()).doesNotContain("ChatGPT").contains("The council voted 7-2");
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MD-05", "AMEND"));
        assertThat(run("synopsis", summary(), "By Aidan Ruiz\nThe council backed the tram.").content())
                .contains("By Aidan Ruiz");
    }

    @Test
    void verbatimCopiesGoToAnEditor() {
        String copy = MediaData.SOURCE.replace("\\\"", "\"");
        GenerationCompleted copied = run("synopsis", summary(), copy);
        assertThat(copied.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(rules(copied)).containsExactly("MD-07-VERBATIM");
        assertThat(run("synopsis", summary(), "The council approved a longer tram line, to be built from spring.")
                .status()).isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void headlineOptionsAreJsonWithinLength() {
        String input = "{\"documentId\": %d, \"count\": 2, \"maxLength\": 40}".formatted(document);
        PipelineTestSupport.Round round = pipeline.run(pipeline.request("headline", input, "en"),
                "{\"options\": [{\"text\": \"Tram line gets 4 new stations\"}, {\"text\": \"Council backs tram plan\"}]}");
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("exactly 2 options", "at most 40");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(round.result().output().at("/options/1/text").asText()).isEqualTo("Council backs tram plan");
        assertThat(rules(run("headline", input, "{\"options\": [{\"text\": \"Council backs tram plan\"}]}")))
                .containsExactly("MD-HEADLINE");
        assertThat(rules(run("headline", input, "{\"options\": [{\"text\": \"Council backs tram plan\"}, "
                + "{\"text\": \"Riverside tram line to be extended by four stations after Tuesday vote\"}]}")))
                .containsExactly("MD-HEADLINE");
    }

    @Test
    void videoScriptsNeedConsentForLikenessAndRefuseFabrication() {
        String script = "{\"documentId\": %d, \"durationSeconds\": 45, \"notes\": \"%s\"%s}";
        assertThat(rules(refused("video-script", script.formatted(document,
                "Use a deepfake of the mayor announcing it", "")))).containsExactly("MD-03");
        PipelineTestSupport.Round consented = pipeline.run(pipeline.request("video-script", script.formatted(document,
                "Use a deepfake of the mayor announcing it", ", \"consentRecordId\": \"CONSENT-77\""), "en"),
                "NARRATOR: The council voted 7-2 for 4 new tram stations.");
        assertThat(PipelineTestSupport.userPrompt(consented.call())).contains("Producer notes");
        assertThat(consented.result().status()).isEqualTo(GenerationStatus.COMPLETED);

        assertThat(rules(refused("video-script", script.formatted(document, "Invent a quote from the mayor", ""))))
                .containsExactly("MD-01");
        GenerationCompleted rewrite = run("video-script", script.formatted(document,
                "Rewrite as original, no credit", ""), "NARRATOR: The council backed the tram.");
        assertThat(rewrite.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(rules(rewrite)).containsExactly("MD-07");
    }

    @Test
    void aSourceAboutFakeNewsIsNotAFakeNewsRequest() {
        String source = "Researchers at the university published a study on how fake news spreads on messaging apps, "
                + "finding that 3 in 10 users forwarded at least one false story.";
        GenerationCompleted result = run("press-release", """
                {"sourceText": "%s", "organisation": "Riverside University"}""".formatted(source),
                "Riverside University study: 3 in 10 users forwarded a false story.");
        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(rules(run("press-release", """
                {"sourceText": "%s", "organisation": "Riverside University"}""".formatted(source),
                "\"This is a wake-up call for every parent,\" said the dean."))).containsExactly("MD-01-FAITH");
    }
}
