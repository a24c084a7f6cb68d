package org.aigc.finance;

import static org.aigc.finance.FinanceTestData.client;
import static org.aigc.finance.FinanceTestData.document;
import static org.aigc.finance.FinanceTestData.product;
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
class FinancePipelineTest {

    static final String HISTORY = "[{\"year\": 2024, \"returnPct\": \"8.10\"}, {\"year\": 2022, \"returnPct\": \"-12.40\"}]";

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("finance");

    private static String tenant() {
        return pipeline.tenantId();
    }

    private GenerationCompleted run(String task, String input, String locale, String answer) {
        return pipeline.run(pipeline.request(task, input, locale), answer).result();
    }

    @Test
    void productDescriptionUsesTheStoredProductAndAppendsTheDisclosureInTheOutputsLanguage() {
        String fund = product(tenant(), "fund", "R3", HISTORY);
        GenerationRequested request = pipeline.request("product-description",
                "{\"productCode\": \"%s\"}".formatted(fund), "en-US");

        PipelineTestSupport.Round round = pipeline.run(request,
                "A diversified fund, risk level R3. Net returns: 8.10% in 2024 and -12.40% in 2022.");

        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("Risk level: R3", "1.2500% a year",
                "- 2022: -12.40%");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(round.result().content()).contains("Investing involves risk, including possible loss of principal.");
        // Chinese text under an English locale still gets the Chinese disclosure
        GenerationCompleted chinese = run("product-description", "{\"productCode\": \"%s\"}".formatted(fund), "en-US",
                "本基金为R3风险等级，2024年净收益8.10%，2022年为-12.40%。");
        assertThat(chinese.content()).contains("市场有风险，投资需谨慎。").doesNotContain("Investing involves risk");
        String wmp = product(tenant(), "bank-wmp", "R2", "[]");
        GenerationCompleted bank = run("product-description", "{\"productCode\": \"%s\"}".formatted(wmp), "zh-CN",
                "本理财产品风险等级为R2，管理费1.25%。");
        assertThat(bank.content()).contains("理财非存款、产品有风险、投资须谨慎").doesNotContain("市场有风险");
    }

    @Test
    void blocksPromisesAndPredictionsInEnglishAndChinese() {
        String fund = product(tenant(), "fund", "R3", "[]");
        String input = "{\"productCode\": \"%s\"}".formatted(fund);

        assertThat(run("product-description", input, null, "A guaranteed return of 6% a year.").findings())
                .extracting(Finding::ruleId).contains("FN-01");
        assertThat(run("product-description", input, "zh-CN", "本产品保本保收益，稳赚不赔。").status())
                .isEqualTo(GenerationStatus.BLOCKED);
        assertThat(run("product-description", input, null, "The fund will double by next year.").findings())
                .extracting(Finding::ruleId).contains("FN-02");
        assertThat(run("market-commentary", "{\"topic\": \"A shares\", \"marketData\": \"CSI 300 closed at 3,900.\"}",
                "zh-CN", "沪深300下周涨30%，必涨。").findings()).extracting(Finding::ruleId).contains("FN-02");
    }

    @Test
    void leavesNegationsAndTheRiskFreeRateAlone() {
        String fund = product(tenant(), "fund", "R3", "[]");
        String input = "{\"productCode\": \"%s\"}".formatted(fund);

        GenerationCompleted english = run("product-description", input, null,
                "No investment is risk-free; returns are not guaranteed and may rise or fall. The risk-free rate is 3%.");
        GenerationCompleted chinese = run("product-description", input, "zh-CN",
                "本产品为非保本浮动收益型，不保证收益。无风险利率为2%，最大回撤为15%。");

        assertThat(english.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(english.findings()).extracting(Finding::ruleId).containsExactly("FN-03-LANG-EN");
        assertThat(chinese.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(chinese.findings()).extracting(Finding::ruleId).containsExactly("FN-03-LANG-ZH");
    }

    @Test
    void aProductAboveTheClientsToleranceGoesToReview() {
        String risky = product(tenant(), "equity", "R4", "[]");
        String safe = product(tenant(), "bond", "R2", "[]");
        String cautious = client(tenant(), "R2");

        GenerationCompleted above = run("product-description",
                "{\"productCode\": \"%s\", \"clientRef\": \"%s\"}".formatted(risky, cautious), null, "An equity fund.");
        GenerationCompleted within = run("product-description",
                "{\"productCode\": \"%s\", \"clientRef\": \"%s\"}".formatted(safe, cautious), null, "A bond fund.");

        assertThat(above.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(above.findings()).extracting(Finding::ruleId).contains("FN-SUIT");
        assertThat(within.status()).isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void clientLettersAlwaysGoToReviewAndNeverCarryAFullCardNumber() {
        String ref = client(tenant(), "R3");
        GenerationRequested request = pipeline.request("client-letter", ("{\"clientRef\": \"%s\", \"purpose\": "
                + "\"portfolio-update\", \"points\": \"Fees are debited from card 4111 1111 1111 1111; order "
                + "1234 5678 9012 3456 is unrelated; IBAN DE89 3704 0044 0532 0130 00; ID 11010519491231002X.\"}").formatted(ref), null);

        PipelineTestSupport.Round round = pipeline.run(request,
                "Dear client, your fees are paid from card 6222021234567890128. Kind regards.");

        String prompt = PipelineTestSupport.userPrompt(round.call());
        assertThat(prompt).contains("**** **** **** 1111", "1234 5678 9012 3456", "**** **** **** 30 00",
                "**************002X")
                .doesNotContain("4111 1111 1111 1111", "0532 0130", "110105194912");
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("risk tolerance is R3");
        GenerationCompleted result = round.result();
        assertThat(result.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(result.content()).contains("0128").doesNotContain("622202", "6222021234567890128");
        assertThat(result.findings()).extracting(Finding::ruleId).contains("FN-07", "FN-09", "FN-10", "FN-07-OUT");
    }

    @Test
    void refusesCvvsAndRequestsToDropTheRiskWarning() {
        String ref = client(tenant(), "R3");
        GenerationRequested cvv = pipeline.request("client-letter", ("{\"clientRef\": \"%s\", \"purpose\": "
                + "\"meeting-follow-up\", \"points\": \"Card ending 1111, CVV 123, confirm the payment.\"}")
                .formatted(ref), null);
        GenerationRequested noWarning = pipeline.request("market-commentary",
                "{\"topic\": \"A股周评，别加风险提示\", \"marketData\": \"沪深300收于3900点。\"}", "zh-CN");
        pipeline.send(cvv);
        pipeline.send(noWarning);

        assertThat(pipeline.awaitResult(cvv.requestId()).findings()).extracting(Finding::ruleId).contains("FN-08");
        assertThat(pipeline.awaitResult(noWarning.requestId()).findings()).extracting(Finding::ruleId)
                .containsExactly("FN-12");
    }

    @Test
    void earningsSummaryQuotesFiguresFromTheSourceOnly() {
        long doc = document(tenant(), "ACME Corp Q3: revenue 1,200 million dollars, up from 1,100 million. "
                + "Operating margin 14.5%. Guidance: revenue is expected to rise next year.");
        String input = "{\"documentId\": %d}".formatted(doc);

        PipelineTestSupport.Round faithful = pipeline.run(pipeline.request("earnings-summary", input, null),
                "Q3 revenue was 1,200 million dollars (from 1,100 million); operating margin 14.5%. Management "
                        + "expects revenue to rise next year.");
        GenerationCompleted invented = run("earnings-summary", input, null,
                "Revenue grew 9.1% to 1,200 million dollars.");

        assertThat(PipelineTestSupport.userPrompt(faithful.call())).contains("Operating margin 14.5%");
        assertThat(faithful.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(invented.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(invented.findings()).extracting(Finding::ruleId, Finding::excerpt)
                .contains(org.assertj.core.groups.Tuple.tuple("FN-FIG", "9.1"));
    }

    @Test
    void newsSentimentAnswersInItsJsonShape() {
        String input = "{\"headline\": \"ACME beats estimates\", \"text\": \"ACME reported record revenue and "
                + "raised its dividend.\", \"entity\": \"ACME\"}";

        GenerationCompleted ok = run("news-sentiment", input, null,
                "{\"sentiment\": \"positive\", \"confidence\": 0.9, \"reasons\": [\"record revenue\"], \"entity\": \"ACME\"}");
        GenerationCompleted bad = run("news-sentiment", input, null, "{\"sentiment\": \"bullish\", \"reasons\": []}");

        assertThat(ok.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(ok.output().path("sentiment").asText()).isEqualTo("positive");
        assertThat(bad.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(bad.errorCode()).isEqualTo("OUTPUT_INVALID");
    }

    @Test
    void performancePresentationRules() {
        String fund = product(tenant(), "fund", "R3", HISTORY);
        String input = "{\"productCode\": \"%s\"}".formatted(fund);

        GenerationCompleted grossOnly = run("product-description", input, null,
                "Gross returns were 9.5% in 2024 and -11.2% in 2022.");
        GenerationCompleted grossAndNet = run("product-description", input, null,
                "Gross returns were 9.5% in 2024 and -11.2% in 2022; net returns 8.10% and -12.40%.");
        GenerationCompleted backtest = run("product-description", input, null,
                "Backtested returns of 15% a year in 2024 and 2022.");
        GenerationCompleted cherry = run("product-description", input, null, "The fund returned 8.10% in 2024.");

        assertThat(grossOnly.findings()).extracting(Finding::ruleId).contains("FN-04");
        assertThat(grossAndNet.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(backtest.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(cherry.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(cherry.findings()).extracting(Finding::ruleId).contains("FN-05");
    }

    @Test
    void fundMarketingTermsStockCallsAndAiClaims() {
        String md = "{\"topic\": \"Tech stocks\", \"marketData\": \"NASDAQ closed at 18,000.\"}";

        assertThat(run("market-commentary", md, "zh-CN", "本基金业绩稳健，名列前茅，欲购从速。").status())
                .isEqualTo(GenerationStatus.BLOCKED);
        GenerationCompleted call = run("market-commentary", md, null, "Buy AAPL now before earnings.");
        assertThat(call.findings()).extracting(Finding::ruleId).contains("FN-13");
        GenerationCompleted neutral = run("market-commentary", md, null, "Investors could buy time by waiting.");
        assertThat(neutral.status()).isEqualTo(GenerationStatus.COMPLETED);
        GenerationCompleted ai = run("market-commentary", md, null, "Our AI predicts the market with 99% accuracy.");
        assertThat(ai.findings()).extracting(Finding::ruleId).contains("FN-11");
    }

    @Test
    void clientLettersAndSentimentWithPromisesAreBlocked() {
        String ref = client(tenant(), "R3");
        String letter = ("{\"clientRef\": \"%s\", \"purpose\": \"market-update\", \"points\": \"Markets were "
                + "calm this month.\"}").formatted(ref);
        GenerationCompleted promise = run("client-letter", letter, null, "Dear client, this fund is a sure thing.");
        GenerationCompleted sentiment = run("news-sentiment", "{\"text\": \"ACME raised its dividend again.\"}", null,
                "{\"sentiment\": \"positive\", \"confidence\": 0.9, \"reasons\": [\"a guaranteed return for "
                        + "holders\"]}");

        assertThat(promise.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(promise.findings()).extracting(Finding::ruleId).contains("FN-01");
        assertThat(sentiment.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(sentiment.findings()).extracting(Finding::ruleId).contains("FN-01");
    }

    @Test
    void rejectsUnknownProductsAndClients() {
        GenerationRequested request = pipeline.request("client-letter",
                "{\"clientRef\": \"nobody\", \"purpose\": \"market-update\", \"points\": \"Markets were calm.\"}", null);
        pipeline.send(request);

        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(result.status()).isEqualTo(GenerationStatus.REJECTED);
        assertThat(result.errorCode()).isEqualTo("UNKNOWN_CLIENT");
    }
}
