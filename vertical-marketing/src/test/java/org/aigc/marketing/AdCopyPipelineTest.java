package org.aigc.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.ModelCallRequested;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "marketing"))
class AdCopyPipelineTest {

    // the brief quotes an absolute term: screening lets the request through, the output may not repeat it
    private static final String INPUT = """
            {"brand": "Cloudleaf", "product": "Cold-brew jasmine tea", "channel": "search",
             "brief": "Competitors call theirs 最佳; we stress the fresh jasmine aroma.", "variants": 1}""";

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("marketing");

    @Test
    void writesJsonVariantsValidatedAgainstTheOutputSchema() {
        GenerationRequested request = pipeline.request("ad-copy", INPUT, "zh-CN");
        String answer = """
                {"disclosure": "广告",
                 "variants": [{"headline": "茉莉冷泡茶", "body": "最佳饮用时间：冷藏后两小时。", "cta": "立即购买"}]}""";

        PipelineTestSupport.Round round = pipeline.run(request, answer);

        ModelCallRequested call = round.call();
        assertThat(call.responseSchema().at("/properties/variants/maxItems").asInt()).isEqualTo(5);
        assertThat(PipelineTestSupport.systemPrompt(call)).contains("Cloudleaf", "headline at most 30 characters");
        assertThat(PipelineTestSupport.userPrompt(call)).contains("Cold-brew jasmine tea", "fresh jasmine aroma");
        GenerationCompleted result = round.result();
        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.output().at("/variants/0/headline").asText()).isEqualTo("茉莉冷泡茶");
        assertThat(result.findings()).isEmpty();
        assertThat(result.labels().explicit()).isEqualTo("本内容由人工智能生成");
        assertThat(result.labels().aigc().reservedCode1()).isNotBlank();
    }

    @Test
    void blocksCopyWithAbsoluteTerms() {
        GenerationRequested request = pipeline.request("ad-copy", INPUT, "zh-CN");
        String answer = """
                {"disclosure": "广告", "variants": [{"headline": "全网最佳茉莉茶", "body": "冷泡更香。", "cta": "立即购买"}]}""";

        GenerationCompleted result = pipeline.run(request, answer).result();

        assertThat(result.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(result.output()).isNull();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::excerpt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AD-01", "最佳"));
    }

    @Test
    void anAnswerThatBreaksTheOutputSchemaIsRepairedOnceByReasking() {
        GenerationRequested request = pipeline.request("ad-copy", INPUT, "zh-CN");
        String invalid = "{\"variants\": [{\"headline\": \"茉莉冷泡茶\"}]}";
        pipeline.send(request);
        ModelCallRequested first = pipeline.awaitModelCall(request.requestId());
        pipeline.answer(first, invalid);

        ModelCallRequested repair = pipeline.modelCallsWithin(request.requestId(), java.time.Duration.ofSeconds(10))
                .stream().filter(c -> c.callId().endsWith("#2")).findFirst().orElseThrow();
        assertThat(repair.messages()).hasSize(first.messages().size() + 2);
        assertThat(repair.messages().get(first.messages().size()).content()).isEqualTo(invalid);
        assertThat(repair.messages().get(first.messages().size() + 1).content())
                .contains("does not match the required JSON schema", "body");
        assertThat(repair.responseSchema()).isEqualTo(first.responseSchema());
        pipeline.answer(repair, """
                {"disclosure": "广告",
                 "variants": [{"headline": "茉莉冷泡茶", "body": "清新茉莉香。", "cta": "立即购买"}]}""");

        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.output().at("/variants/0/body").asText()).isEqualTo("清新茉莉香。");
        // both answers spent tokens (120 + 40 each in the test support)
        assertThat(result.usage().promptTokens()).isEqualTo(240);
        assertThat(result.usage().completionTokens()).isEqualTo(80);
    }

    @Test
    void anAnswerThatStillBreaksTheOutputSchemaAfterTheRepairFails() {
        GenerationRequested request = pipeline.request("ad-copy", INPUT, "en");

        GenerationCompleted result = pipeline.run(request, "{\"variants\": [{\"headline\": \"Tea\"}]}").result();

        assertThat(result.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(result.errorCode()).isEqualTo("OUTPUT_INVALID");
        assertThat(result.fieldErrors()).isNotEmpty();
    }
}
