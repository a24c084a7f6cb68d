package org.aigc.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.aigc.contracts.FieldError;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.ecommerce.domain.Product;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "ecommerce"))
class ProductListingPipelineTest {

    private static PipelineTestSupport pipeline;

    @BeforeAll
    static void openPipeline() {
        pipeline = new PipelineTestSupport("ecommerce");
    }

    @AfterAll
    static void closePipeline() {
        pipeline.close();
    }

    @Test
    void writesAListingFromTheTenantsProduct() {
        String sku = product("food", "Mountain Oolong 250 g", "{\"origin\": \"Wuyi\", \"weight\": \"250 g\"}");
        GenerationRequested request = pipeline.request("product-listing",
                "{\"sku\": \"%s\", \"channel\": \"amazon\", \"keywords\": [\"oolong\", \"loose leaf\"]}"
                        .formatted(sku), "en-US");

        PipelineTestSupport.Round round = pipeline.run(request, "Mountain Oolong Tea, 250 g, from Wuyi.");

        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("Mountain Oolong 250 g", "origin: Wuyi",
                "weight: 250 g", "oolong, loose leaf");
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("amazon", "Title at most 200 characters");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(round.result().content()).startsWith("Mountain Oolong Tea").endsWith("AI-generated content");
    }

    @Test
    void blocksMedicalClaimsForCosmeticsOnly() {
        String cream = product("cosmetics", "Calm Cream 50 ml", "{\"volume\": \"50 ml\"}");
        String tea = product("food", "Calm Tea", "{}");

        GenerationCompleted creamResult = pipeline.run(pipeline.request("product-listing",
                "{\"sku\": \"%s\", \"channel\": \"taobao\"}".formatted(cream), "zh-CN"), "温和保湿，消炎祛痘。").result();
        GenerationCompleted teaResult = pipeline.run(pipeline.request("product-listing",
                "{\"sku\": \"%s\", \"channel\": \"taobao\"}".formatted(tea), "zh-CN"), "温和保湿，消炎祛痘。").result();

        assertThat(creamResult.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(creamResult.findings()).extracting(Finding::ruleId).containsOnly("EC-05");
        assertThat(creamResult.findings()).extracting(Finding::excerpt).containsExactlyInAnyOrder("消炎", "祛痘");
        assertThat(teaResult.status()).isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void rejectsAnSkuOutsideTheTenantsCatalogue() {
        // the SKU exists, but for another tenant only
        GenerationRequested request = pipeline.request("product-listing",
                "{\"sku\": \"TEA-001\", \"channel\": \"shopify\"}", null);

        pipeline.send(request);

        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(result.status()).isEqualTo(GenerationStatus.REJECTED);
        assertThat(result.errorCode()).isEqualTo("UNKNOWN_PRODUCT");
        assertThat(result.reason()).contains("TEA-001");
        assertThat(result.fieldErrors()).extracting(FieldError::field).containsExactly("sku");
    }

    private static String product(String category, String title, String attributes) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            Product product = new Product();
            product.tenantId = pipeline.tenantId();
            product.sku = sku;
            product.title = title;
            product.category = category;
            product.attributes = attributes;
            product.persist();
        });
        return sku;
    }
}
