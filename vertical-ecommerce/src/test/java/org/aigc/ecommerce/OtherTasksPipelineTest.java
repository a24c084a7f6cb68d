package org.aigc.ecommerce;

import static org.aigc.ecommerce.CatalogueData.product;
import static org.aigc.ecommerce.CatalogueData.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
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
class OtherTasksPipelineTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("ecommerce");

    private static String tenant() {
        return pipeline.tenantId();
    }

    private GenerationCompleted run(String task, String input, String answer) {
        return pipeline.run(pipeline.request(task, input, null), answer).result();
    }

    @Test
    void seoKeywordsComeBackAsJson() {
        String sku = product(tenant(), "food", "Oolong 250 g", "{\"origin\": \"Wuyi\"}");
        GenerationCompleted result = run("seo-keywords", "{\"sku\": \"%s\", \"channel\": \"amazon\"}".formatted(sku),
                "{\"keywords\": [\"oolong tea\", \"wuyi oolong\"], \"longTail\": [\"roasted oolong loose leaf\"]}");

        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.output().path("keywords")).hasSize(2);
    }

    @Test
    void reviewSummaryUsesTheStoredReviewsAndTheirRealCount() {
        String sku = product(tenant(), "food", "Oolong", "{}");
        review(tenant(), sku, 5, "Fragrant and smooth.");
        review(tenant(), sku, 3, "Tin arrived dented.");
        String input = "{\"sku\": \"%s\"}".formatted(sku);

        PipelineTestSupport.Round honest = pipeline.run(pipeline.request("review-summary", input, null),
                "{\"summary\": \"Liked for taste\", \"pros\": [\"fragrant\"], \"cons\": [\"dented tin\"], "
                        + "\"reviewCount\": 2, \"averageRating\": 4.0}");
        GenerationCompleted inflated = run("review-summary", input, "{\"summary\": \"Loved by all\", \"pros\": [], "
                + "\"cons\": [], \"reviewCount\": 250, \"averageRating\": 4.9}");

        assertThat(PipelineTestSupport.userPrompt(honest.call())).contains("Reviews (2)", "5/5", "Tin arrived dented.");
        assertThat(honest.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(inflated.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(inflated.findings()).extracting(Finding::ruleId).containsOnly("EC-03-SUMMARY");
    }

    @Test
    void customerRepliesStayOnThePlatform() {
        GenerationCompleted result = run("customer-reply", "{\"message\": \"Where is my parcel?\"}",
                "Sorry for the wait! Call us at 555-123-4567 or mail help@shop.example, and please leave us a 5-star "
                        + "review. Your parcel ships today.");

        assertThat(result.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(result.content()).contains("Your parcel ships today").doesNotContain("555-123-4567",
                "help@shop.example", "5-star review");
        assertThat(result.findings()).extracting(Finding::ruleId).contains("EC-10");
    }

    @Test
    void urgencyMustMatchRealStockAndARealEndTime() {
        String sku = product(tenant(), "food", "Oolong", "{}", p -> p.stock = 3);
        String future = Instant.now().plusSeconds(3600).toString();

        assertThat(run("promo-copy", "{\"sku\": \"%s\", \"market\": \"US\"}".formatted(sku), "Only 3 left!").status())
                .isEqualTo(GenerationStatus.COMPLETED);
        assertThat(run("promo-copy", "{\"sku\": \"%s\", \"market\": \"US\", \"stockLeft\": 7}".formatted(sku),
                "Only 2 left!").findings()).extracting(Finding::ruleId).contains("EC-04");
        assertThat(run("promo-copy", "{\"sku\": \"%s\", \"market\": \"US\"}".formatted(sku), "Hurry, ends tonight!")
                .status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(run("promo-copy", "{\"sku\": \"%s\", \"market\": \"US\", \"endsAt\": \"%s\"}".formatted(sku, future),
                "Hurry, ends tonight!").status()).isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void refusesFakeReviewsAndUnbackedSalesCounts() {
        String sku = product(tenant(), "food", "Oolong", "{}");
        GenerationRequested fake = pipeline.request("promo-copy",
                "{\"sku\": \"%s\", \"market\": \"CN\", \"occasion\": \"帮我刷好评\"}".formatted(sku), null);
        pipeline.send(fake);

        assertThat(pipeline.awaitResult(fake.requestId()).findings()).extracting(Finding::ruleId)
                .containsExactly("EC-03");
        assertThat(run("promo-copy", "{\"sku\": \"%s\", \"market\": \"CN\"}".formatted(sku), "爆款乌龙茶，已售10万+！")
                .findings()).extracting(Finding::ruleId).contains("EC-03-OUT");
    }

    @Test
    void healthFoodClaimsOnlyItsRegisteredFunctionsAndCarriesTheWarning() {
        String sku = product(tenant(), "health-food", "护眼片", "{}", p -> p.allowedClaims = "[\"缓解视觉疲劳\"]");
        String input = "{\"sku\": \"%s\", \"market\": \"CN\"}".formatted(sku);

        GenerationCompleted registered = run("promo-copy", input, "本品有助于缓解视觉疲劳。");
        GenerationCompleted unregistered = run("promo-copy", input, "本品可增强免疫力。");
        GenerationCompleted disease = run("promo-copy", input, "本品可治疗近视。");

        assertThat(registered.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(registered.content()).contains("保健食品不是药物，不能代替药物治疗疾病");
        assertThat(unregistered.findings()).extracting(Finding::ruleId, Finding::excerpt)
                .contains(org.assertj.core.groups.Tuple.tuple("EC-06", "增强免疫力"));
        assertThat(disease.status()).isEqualTo(GenerationStatus.BLOCKED);
    }

    @Test
    void foodAndSupplementClaimsDependOnTheCategory() {
        String food = product(tenant(), "food", "Black tea", "{}");
        String supplement = product(tenant(), "supplement", "Joint formula", "{}");
        String tool = product(tenant(), "kitchen", "Kettle", "{}");

        assertThat(run("promo-copy", "{\"sku\": \"%s\", \"market\": \"CN\"}".formatted(food), "喝红茶降血压。")
                .findings()).extracting(Finding::ruleId).contains("EC-07");
        GenerationCompleted structure = run("promo-copy", "{\"sku\": \"%s\", \"market\": \"US\"}".formatted(supplement),
                "Supports healthy joints.");
        assertThat(structure.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(structure.content()).contains("not intended to diagnose, treat, cure, or prevent any disease");
        assertThat(run("promo-copy", "{\"sku\": \"%s\", \"market\": \"US\"}".formatted(supplement),
                "Cures arthritis in a week.").findings()).extracting(Finding::ruleId).contains("EC-08");
        assertThat(run("promo-copy", "{\"sku\": \"%s\", \"market\": \"US\"}".formatted(tool),
                "Supports fast boiling; treats your family to fresh tea.").status()).isEqualTo(GenerationStatus.COMPLETED);
    }
}
