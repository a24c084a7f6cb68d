package org.aigc.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "finance"))
class MarketCommentaryPipelineTest {

    private static final String INPUT = """
            {"topic": "Chinese government bonds", "marketData": "10-year CGB yield 1.72% (-3 bp week on week)",
             "audience": "retail", "horizon": "week"}""";

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("finance");

    @Test
    void commentsFromTheMarketDataAndAppendsTheRiskDisclosure() {
        GenerationRequested request = pipeline.request("market-commentary", INPUT, "zh-CN");

        PipelineTestSupport.Round round = pipeline.run(request, "本周十年期国债收益率下行3个基点至1.72%。");

        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("Chinese government bonds",
                "10-year CGB yield 1.72%");
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("weekly market commentary", "retail");
        GenerationCompleted result = round.result();
        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.content()).isEqualTo(
                "本周十年期国债收益率下行3个基点至1.72%。\n\n市场有风险，投资需谨慎。\n\n本内容由人工智能生成");
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("FN-03-LANG-ZH");
    }

    @Test
    void blocksGuaranteedReturnInChineseAndEnglish() {
        GenerationCompleted zh = pipeline.run(pipeline.request("market-commentary", INPUT, "zh-CN"),
                "国债基金保本稳赚，放心买入。").result();
        GenerationCompleted en = pipeline.run(pipeline.request("market-commentary", INPUT, "en"),
                "Bond funds offer a Guaranteed Return this quarter.").result();

        assertThat(zh.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(zh.findings()).filteredOn(f -> f.action().equals("BLOCK")).extracting(Finding::excerpt)
                .contains("保本", "稳赚");
        assertThat(en.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(en.findings()).filteredOn(f -> f.ruleId().equals("FN-01")).extracting(Finding::excerpt)
                .containsExactly("Guaranteed Return");
        assertThat(en.content()).isNull();
    }
}
