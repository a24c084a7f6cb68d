package org.aigc.ecommerce;

import static org.aigc.ecommerce.CatalogueData.product;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.contracts.FieldError;
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
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "ecommerce"))
class ProductListingPipelineTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("ecommerce");

    static String listing(String title, String bullet, String description) {
        return ("{\"title\": \"%s\", \"bullets\": [\"%s\", \"Rolled leaves\", \"Roasted\", \"Tin\", \"Loose leaf\"], "
                + "\"description\": \"%s\", \"keywords\": [\"oolong\"]}").formatted(title, bullet, description);
    }

    private static String request(String sku, String channel, String market) {
        return "{\"sku\": \"%s\", \"channel\": \"%s\", \"market\": \"%s\"}".formatted(sku, channel, market);
    }

    private GenerationCompleted run(String input, String answer) {
        return pipeline.run(pipeline.request("product-listing", input, "en-US"), answer).result();
    }

    @Test
    void writesAJsonListingFromTheTenantsProduct() {
        String sku = product(pipeline.tenantId(), "food", "Mountain Oolong 250 g",
                "{\"origin\": \"Wuyi\", \"weight\": \"250 g\"}");
        GenerationRequested request = pipeline.request("product-listing",
                "{\"sku\": \"%s\", \"channel\": \"amazon\", \"market\": \"US\", \"keywords\": [\"oolong\", \"loose leaf\"]}"
                        .formatted(sku), "en-US");

        PipelineTestSupport.Round round = pipeline.run(request,
                listing("Mountain Oolong Tea, 250 g, from Wuyi", "Net weight 0.25 kg", "Roasted oolong from Wuyi."));

        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("Mountain Oolong 250 g", "origin: Wuyi",
                "weight: 250 g", "oolong, loose leaf");
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("amazon", "Title at most 200 characters",
                "Do not mention any former price");
        assertThat(round.call().responseSchema()).isNotNull();
        assertThat(round.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(round.result().output().path("bullets")).hasSize(5);
    }

    @Test
    void blocksQuantitiesTheProductDoesNotHave() {
        String sku = product(pipeline.tenantId(), "food", "Mountain Oolong 250 g", "{\"weight\": \"250 g\"}");

        GenerationCompleted wrongWeight = run(request(sku, "shopify", "US"),
                listing("Mountain Oolong Tea 500 g", "Rich taste", "Oolong."));
        GenerationCompleted invented = run(request(sku, "shopify", "US"),
                listing("Mountain Oolong Tea", "Makes 50 cups with 100 ml each", "Oolong."));

        assertThat(wrongWeight.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(wrongWeight.findings()).extracting(Finding::ruleId, Finding::excerpt)
                .contains(org.assertj.core.groups.Tuple.tuple("EC-ATTR", "500 g"));
        assertThat(invented.findings()).extracting(Finding::excerpt).contains("100 ml");
    }

    @Test
    void enforcesAmazonTitleRules() {
        String sku = product(pipeline.tenantId(), "food", "Oolong 250 g", "{}", p -> p.brand = "WUYI");

        GenerationCompleted tooLong = run(request(sku, "amazon", "US"), listing("Oolong ".repeat(40), "b", "d"));
        GenerationCompleted stripped = run(request(sku, "amazon", "US"),
                listing("WUYI Oolong Tea! Free Shipping", "Great tea", "Try it!"));
        GenerationCompleted shouting = run(request(sku, "amazon", "US"), listing("WUYI AMAZING Oolong", "b", "d"));
        GenerationCompleted priced = run(request(sku, "taobao", "CN"), listing("乌龙茶 ¥99", "b", "d"));

        assertThat(tooLong.findings()).extracting(Finding::ruleId).contains("EC-09-LENGTH");
        assertThat(tooLong.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(stripped.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(stripped.output().path("title").asText()).isEqualTo("WUYI Oolong Tea ");
        assertThat(stripped.findings()).extracting(Finding::ruleId).contains("EC-09-CHARS", "EC-09-PROMO");
        assertThat(shouting.findings()).extracting(Finding::ruleId, Finding::excerpt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EC-09-FORMAT", "AMAZING"));
        assertThat(priced.findings()).extracting(Finding::ruleId).contains("EC-09-FORMAT");
    }

    @Test
    void blocksMedicalClaimsForCosmeticsOnly() {
        String cream = product(pipeline.tenantId(), "cosmetics", "Calm Cream", "{}");
        String tea = product(pipeline.tenantId(), "food", "Calm Tea", "{}");

        GenerationCompleted creamResult = run(request(cream, "taobao", "CN"), listing("温和面霜", "消炎祛痘", "温和保湿。"));
        GenerationCompleted teaResult = run(request(tea, "taobao", "CN"), listing("安神茶", "消炎祛痘", "温和。"));

        assertThat(creamResult.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(creamResult.findings()).extracting(Finding::ruleId).containsOnly("EC-05");
        assertThat(creamResult.findings()).extracting(Finding::excerpt).containsExactlyInAnyOrder("消炎", "祛痘");
        assertThat(teaResult.findings()).extracting(Finding::ruleId).doesNotContain("EC-05");
    }

    @Test
    void specialEfficacyNeedsTheSpecialCosmeticsRegistration() {
        String plain = product(pipeline.tenantId(), "cosmetics", "Day Cream", "{}");
        String registered = product(pipeline.tenantId(), "cosmetics", "Day Cream SPF", "{}", p -> p.registration = "特");

        assertThat(run(request(plain, "shopify", "US"), listing("Day Cream", "Whitening care", "d")).findings())
                .extracting(Finding::ruleId).containsExactly("EC-05-SPECIAL");
        assertThat(run(request(registered, "shopify", "US"), listing("Day Cream", "Whitening care", "d")).status())
                .isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void blocksAbsoluteTermsInChineseButNotTheirPublishedExceptions() {
        String tea = product(pipeline.tenantId(), "food", "乌龙茶", "{}");
        GenerationCompleted absolute = pipeline.run(pipeline.request("product-listing", request(tea, "taobao", "CN"),
                "zh-CN"), listing("全网最低价乌龙茶", "顶级口感", "d")).result();
        GenerationCompleted usage = pipeline.run(pipeline.request("product-listing", request(tea, "taobao", "CN"),
                "zh-CN"), listing("武夷乌龙茶", "最佳饮用时间为饭后", "d")).result();

        assertThat(absolute.findings()).extracting(Finding::ruleId).contains("EC-12");
        assertThat(usage.status()).isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void rejectsAnSkuOutsideTheTenantsCatalogue() {
        GenerationRequested request = pipeline.request("product-listing", request("TEA-001", "shopify", "US"), null);

        pipeline.send(request);

        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(result.status()).isEqualTo(GenerationStatus.REJECTED);
        assertThat(result.errorCode()).isEqualTo("UNKNOWN_PRODUCT");
        assertThat(result.fieldErrors()).extracting(FieldError::field).containsExactly("sku");
    }
}
