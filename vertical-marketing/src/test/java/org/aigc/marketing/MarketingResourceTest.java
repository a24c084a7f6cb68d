package org.aigc.marketing;

import static io.restassured.RestAssured.given;
import static org.aigc.marketing.MarketingData.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "marketing"))
class MarketingResourceTest {

    @Test
    void aTenantManagesBrandsCampaignsAndAssets() {
        String tenant = "t-" + UUID.randomUUID();
        long brand = MarketingData.brand(tenant, "Cloudleaf", """
                , "bannedWords": ["cheap"], "markets": ["CN", "EU"], "registeredTrademarks": ["最佳拍档"]""");
        as(tenant).get("/api/v1/marketing/brands/" + brand).then().statusCode(200)
                .body("markets", hasItems("CN", "EU")).body("registeredTrademarks[0]", equalTo("最佳拍档"))
                .body("tenantId", equalTo(null));
        long campaign = MarketingData.campaign(tenant, brand, "social", """
                , "category": "food", "minors": false, "startsOn": "2026-03-01", "endsOn": "2026-04-30\"""");
        as(tenant).body("""
                {"brandId": %d, "name": "Spring launch II", "product": "Tea", "brief": "A longer brief text.",
                 "channel": "search"}""".formatted(brand)).put("/api/v1/marketing/campaigns/" + campaign).then()
                .statusCode(200).body("channel", equalTo("search")).body("category", equalTo("general"));
        long asset = as(tenant).body("{\"campaignId\": %d, \"kind\": \"ad-copy\", \"content\": \"Cold tea, warm day.\"}"
                .formatted(campaign)).post("/api/v1/marketing/assets").then().statusCode(201)
                .body("status", equalTo("draft")).extract().jsonPath().getLong("id");
        as(tenant).get("/api/v1/marketing/assets?campaignId=" + campaign).then().statusCode(200).body("$", hasSize(1));

        as(tenant).delete("/api/v1/marketing/brands/" + brand).then().statusCode(204);
        as(tenant).get("/api/v1/marketing/campaigns/" + campaign).then().statusCode(404)
                .contentType("application/problem+json");
        as(tenant).get("/api/v1/marketing/assets/" + asset).then().statusCode(404);
    }

    @Test
    void aTenantNeverSeesOrTouchesAnotherTenantsData() {
        String owner = "t-" + UUID.randomUUID();
        String other = "t-" + UUID.randomUUID();
        long brand = MarketingData.brand(owner, "Secret", "");
        long campaign = MarketingData.campaign(owner, brand, "search", "");

        as(other).get("/api/v1/marketing/brands/" + brand).then().statusCode(404);
        as(other).get("/api/v1/marketing/brands").then().statusCode(200).body("$", hasSize(0));
        as(other).get("/api/v1/marketing/campaigns").then().statusCode(200).body("$", hasSize(0));
        as(other).delete("/api/v1/marketing/campaigns/" + campaign).then().statusCode(404);
        as(other).body("{\"campaignId\": %d, \"content\": \"x\"}".formatted(campaign))
                .post("/api/v1/marketing/assets").then().statusCode(400);
        as(owner).get("/api/v1/marketing/campaigns/" + campaign).then().statusCode(200);
    }

    @Test
    void badInputGetsAProblemDocument() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).body("{\"voiceGuide\": \"x\"}").post("/api/v1/marketing/brands").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("name"));
        as(tenant).body("{\"name\": \"B\", \"markets\": [\"MARS\"]}").post("/api/v1/marketing/brands").then()
                .statusCode(400).body("detail", startsWith("markets"));
        long brand = MarketingData.brand(tenant, "B", "");
        as(tenant).body("""
                {"brandId": %d, "name": "C", "product": "P", "brief": "B", "channel": "radio"}""".formatted(brand))
                .post("/api/v1/marketing/campaigns").then().statusCode(400).body("detail", startsWith("channel"));
        as(tenant).body("""
                {"brandId": %d, "name": "C", "product": "P", "brief": "B", "channel": "search",
                 "startsOn": "2026-05-01", "endsOn": "2026-04-01"}""".formatted(brand))
                .post("/api/v1/marketing/campaigns").then().statusCode(400);
        as(tenant).get("/api/v1/marketing/assets?size=101").then().statusCode(400);
        given().get("/api/v1/marketing/brands").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void demoDataIsSeededOncePerTenant() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).post("/api/v1/marketing/demo-data").then().statusCode(201).body("seeded", equalTo(true));
        as(tenant).post("/api/v1/marketing/demo-data").then().statusCode(200).body("seeded", equalTo(false));
        as(tenant).get("/api/v1/marketing/campaigns").then().statusCode(200).body("$", hasSize(2));
        as(tenant).get("/api/v1/marketing/brands").then().statusCode(200).body("[0].markets", hasItems("CN", "EU"));
    }
}
