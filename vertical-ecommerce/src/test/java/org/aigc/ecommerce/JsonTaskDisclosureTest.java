package org.aigc.ecommerce;

import static org.aigc.ecommerce.CatalogueData.product;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JSON tasks: the required disclosure in the disclaimer field, and a violating keyword set blocked. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "ecommerce"))
class JsonTaskDisclosureTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("ecommerce");

    @Test
    void aSupplementListingCarriesTheDsheaStatementInItsDisclaimerField() {
        String sku = product(pipeline.tenantId(), "supplement", "Magnesium 120 capsules", "{\"count\": \"120\"}");
        GenerationCompleted result = pipeline.run(pipeline.request("product-listing",
                "{\"sku\": \"%s\", \"channel\": \"shopify\", \"market\": \"US\"}".formatted(sku), "en-US"),
                ProductListingPipelineTest.listing("Magnesium 120 capsules", "Supports normal muscle function",
                        "Magnesium supports normal muscle function.")).result();

        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.findings()).extracting(Finding::ruleId).contains("EC-08-DSHEA");
        assertThat(result.output().path("disclaimer").asText())
                .contains("not been evaluated by the Food and Drug Administration");
        assertThat(result.output().path("title").asText()).isEqualTo("Magnesium 120 capsules");
    }

    @Test
    void seoKeywordsWithAnAbsoluteTermAreBlockedAndPlainOnesPass() {
        String sku = product(pipeline.tenantId(), "food", "乌龙茶 250 g", "{\"origin\": \"武夷\"}");
        String input = "{\"sku\": \"%s\", \"channel\": \"taobao\"}".formatted(sku);

        GenerationCompleted absolute = pipeline.run(pipeline.request("seo-keywords", input, "zh-CN"),
                "{\"keywords\": [\"全网最低价乌龙茶\", \"武夷乌龙\"], \"longTail\": [\"顶级岩茶\"]}").result();
        GenerationCompleted plain = pipeline.run(pipeline.request("seo-keywords", input, "zh-CN"),
                "{\"keywords\": [\"乌龙茶\", \"武夷乌龙\"], \"longTail\": [\"武夷岩茶 散装\"]}").result();

        assertThat(absolute.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(absolute.findings()).extracting(Finding::ruleId).contains("EC-12");
        assertThat(plain.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(plain.output().has("disclaimer")).isFalse();
    }
}
