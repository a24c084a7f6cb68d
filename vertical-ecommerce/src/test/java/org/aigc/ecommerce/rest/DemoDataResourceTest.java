package org.aigc.ecommerce.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "ecommerce"))
class DemoDataResourceTest {

    private static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    @Test
    void seedsOncePerTenantAndOnlyForThatTenant() {
        String tenant = "t-" + UUID.randomUUID();
        String other = "t-" + UUID.randomUUID();

        as(tenant).post("/api/v1/ecommerce/demo-data").then().statusCode(201).body("seeded", equalTo(true));
        as(tenant).post("/api/v1/ecommerce/demo-data").then().statusCode(200).body("seeded", equalTo(false));

        as(tenant).get("/api/v1/ecommerce/products").then().statusCode(200).body("$", hasSize(3));
        as(tenant).get("/api/v1/ecommerce/products/TEA-001/reviews").then().statusCode(200).body("$", hasSize(4));
        as(tenant).get("/api/v1/ecommerce/products/TEA-001/prices?market=EU").then().statusCode(200)
                .body("$", hasSize(4));
        as(other).get("/api/v1/ecommerce/products").then().statusCode(200).body("$", hasSize(0));
        as(other).get("/api/v1/ecommerce/products/TEA-001").then().statusCode(404);
    }

    @Test
    void thePriceHistoryMakesOneWasPriceLegalAndTheOtherNot() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).post("/api/v1/ecommerce/demo-data").then().statusCode(201);

        assertThat(fired(tenant, "EU", "Jasmine tea, was €9.90, now €8.90.")).doesNotContain("EC-01");
        assertThat(fired(tenant, "EU", "Jasmine tea, was €12.90, now €8.90.")).contains("EC-01");
        assertThat(fired(tenant, "CN", "茉莉花茶，原价79元，现价69元。")).doesNotContain("EC-02");
        assertThat(fired(tenant, "CN", "茉莉花茶，原价99元，现价69元。")).contains("EC-02");
    }

    private static List<String> fired(String tenant, String market, String text) {
        String body = "{\"stage\": \"output\", \"text\": \"%s\", \"context\": {\"task\": \"promo-copy\", \"input\": "
                + "{\"sku\": \"TEA-001\", \"market\": \"%s\"}}}";
        return as(tenant).body(body.formatted(text, market)).post("/api/v1/ecommerce/compliance/check").then()
                .statusCode(200).extract().jsonPath().getList("findings.ruleId", String.class);
    }
}
