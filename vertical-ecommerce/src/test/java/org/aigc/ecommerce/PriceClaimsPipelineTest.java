package org.aigc.ecommerce;

import static org.aigc.ecommerce.CatalogueData.price;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "ecommerce"))
class PriceClaimsPipelineTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("ecommerce");
    private static String euTea;
    private static String cnTea;

    @BeforeAll
    static void storePrices() {
        // EU: 59.99 until 20 days ago, then 44.99, reduced to 39.99 two days ago: the prior price is 44.99
        euTea = product(pipeline.tenantId(), "food", "Oolong", "{}");
        price(pipeline.tenantId(), euTea, "EU", "59.99", 60);
        price(pipeline.tenantId(), euTea, "EU", "44.99", 20);
        price(pipeline.tenantId(), euTea, "EU", "39.99", 2);
        // CN: 299 until 5 days ago, then 199, reduced to 179 yesterday: the 7-day low before is 199
        cnTea = product(pipeline.tenantId(), "food", "乌龙茶", "{}");
        price(pipeline.tenantId(), cnTea, "CN", "299.00", 30);
        price(pipeline.tenantId(), cnTea, "CN", "199.00", 5);
        price(pipeline.tenantId(), cnTea, "CN", "179.00", 1);
    }

    private GenerationCompleted promo(String sku, String market, String copy) {
        return pipeline.run(pipeline.request("promo-copy", "{\"sku\": \"%s\", \"market\": \"%s\"}".formatted(sku, market),
                null), copy).result();
    }

    @Test
    void euReductionMustUseTheLowestPriceOfThe30DaysBefore() {
        GenerationCompleted inflated = promo(euTea, "EU", "Oolong, was €59.99, now €39.99!");
        GenerationCompleted honest = promo(euTea, "EU", "Oolong, was €44.99, now €39.99 (-11%).");
        GenerationCompleted overstated = promo(euTea, "EU", "Oolong now 33% off at €39.99.");

        assertThat(inflated.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(inflated.findings()).extracting(Finding::ruleId, Finding::excerpt)
                .contains(org.assertj.core.groups.Tuple.tuple("EC-01", "was €59.99"));
        assertThat(honest.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(overstated.findings()).extracting(Finding::excerpt).contains("33% off");
    }

    @Test
    void prcFormerPriceMustNotExceedTheLowestOfThe7DaysBefore() {
        GenerationCompleted inflated = promo(cnTea, "CN", "乌龙茶原价299元，现价179元。");
        GenerationCompleted honest = promo(cnTea, "CN", "乌龙茶原价199元，现价179元，9折优惠。");
        GenerationCompleted msrp = promo(cnTea, "CN", "建议零售价299元，现价179元。");
        GenerationCompleted halfPrice = promo(cnTea, "CN", "乌龙茶限时5折！");

        assertThat(inflated.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(inflated.findings()).extracting(Finding::ruleId).contains("EC-02");
        assertThat(honest.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(msrp.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(halfPrice.findings()).extracting(Finding::excerpt).contains("5折");
    }

    @Test
    void theMarketOfTheRequestDecidesWhichRuleApplies() {
        String noHistory = product(pipeline.tenantId(), "food", "Green tea", "{}");

        GenerationCompleted euWithoutHistory = promo(noHistory, "EU", "Green tea on sale, was €20.");
        GenerationCompleted us = promo(euTea, "US", "Oolong, was $59.99, now $39.99.");

        assertThat(euWithoutHistory.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(euWithoutHistory.findings()).extracting(Finding::excerpt).contains("was €20", "sale");
        // no US price-claim rule in the catalogue: the EU and PRC rules leave a US promotion alone
        assertThat(us.findings()).extracting(Finding::ruleId).doesNotContain("EC-01", "EC-02");
    }

    @Test
    void theListingPromptCarriesTheReferencePrice() {
        PipelineTestSupport.Round round = pipeline.run(pipeline.request("product-listing",
                "{\"sku\": \"%s\", \"channel\": \"shopify\", \"market\": \"EU\"}".formatted(euTea), null),
                ProductListingPipelineTest.listing("Oolong", "was €59.99", "d"));

        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("current price is 39.99",
                "former price is 44.99", "30 days");
        assertThat(round.result().findings()).extracting(Finding::ruleId).contains("EC-01");
    }
}
