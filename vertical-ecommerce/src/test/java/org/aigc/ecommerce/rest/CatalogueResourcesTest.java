package org.aigc.ecommerce.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.aigc.ecommerce.domain.PricePoint;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "ecommerce"))
class CatalogueResourcesTest {

    private static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    private static String tenantWithProduct(String sku) {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).body("{\"title\":\"Oolong 250 g\",\"category\":\"food\",\"brand\":\"WUYI\",\"stock\":12}")
                .put("/api/v1/ecommerce/products/" + sku).then().statusCode(201).body("brand", equalTo("WUYI"));
        return tenant;
    }

    @Test
    void priceHistoryIsAppendOnly() {
        String tenant = tenantWithProduct("OOL-1");
        String prices = "/api/v1/ecommerce/products/OOL-1/prices";
        int id = as(tenant).body("{\"market\":\"EU\",\"price\":12.99,\"currency\":\"EUR\","
                + "\"effectiveAt\":\"2026-01-05T00:00:00Z\"}").post(prices).then().statusCode(201)
                .body("price", equalTo(12.99f)).extract().path("id");
        as(tenant).body("{\"market\":\"CN\",\"price\":89.00,\"currency\":\"CNY\"}").post(prices).then().statusCode(201);

        as(tenant).get(prices + "?market=EU").then().statusCode(200).body("$", hasSize(1));
        // no update or delete route exists (404 or 405, depending on how the router reports it)
        as(tenant).body("{}").put(prices).then().statusCode(oneOf(404, 405));
        as(tenant).delete(prices).then().statusCode(oneOf(404, 405));
        as(tenant).delete(prices + "/" + id).then().statusCode(404);
        // the table itself refuses rewrites, whoever tries
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> PricePoint.update(
                "price = 1 where id = ?1", (long) id))).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> PricePoint.deleteById((long) id)))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void pricesAreValidated() {
        String tenant = tenantWithProduct("OOL-2");
        String prices = "/api/v1/ecommerce/products/OOL-2/prices";
        as(tenant).body("{\"market\":\"EU\",\"price\":-1,\"currency\":\"EUR\"}").post(prices).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("price"));
        as(tenant).body("{\"market\":\"EU\",\"price\":1.999,\"currency\":\"EUR\"}").post(prices).then().statusCode(400);
        as(tenant).body("{\"market\":\"MARS\",\"price\":1,\"currency\":\"EUR\"}").post(prices).then().statusCode(400);
        as(tenant).body("{\"market\":\"EU\",\"price\":1,\"currency\":\"euro\"}").post(prices).then().statusCode(400);
        as(tenant).body("{\"market\":\"EU\",\"price\":1,\"currency\":\"EUR\",\"effectiveAt\":\"2999-01-01T00:00:00Z\"}")
                .post(prices).then().statusCode(400);
    }

    @Test
    void listingsAndReviewsBelongToTheTenantsProduct() {
        String owner = tenantWithProduct("OOL-3");
        String other = tenantWithProduct("OTHER-1");
        String listing = "/api/v1/ecommerce/products/OOL-3/listings/amazon";
        as(owner).body("{\"title\":\"Wuyi Oolong Tea 250 g\",\"bullets\":[\"Rolled leaves\"],\"keywords\":[\"oolong\"]}")
                .put(listing).then().statusCode(201).body("bullets[0]", equalTo("Rolled leaves"));
        as(owner).body("{\"title\":\"Wuyi Oolong Tea, 250 g tin\"}").put(listing).then().statusCode(200);
        as(owner).get("/api/v1/ecommerce/products/OOL-3/listings").then().body("$", hasSize(1));
        as(owner).body("{\"title\":\"" + "x".repeat(71) + "\"}").put("/api/v1/ecommerce/products/OOL-3/listings/shopify")
                .then().statusCode(400).body("detail", containsString("70"));
        as(owner).body("{\"title\":\"乌龙茶乌龙茶乌龙茶乌龙茶乌龙茶乌龙茶乌龙茶乌龙茶乌龙茶乌龙茶乌龙\"}")
                .put("/api/v1/ecommerce/products/OOL-3/listings/taobao").then().statusCode(400);
        as(owner).body("{\"title\":\"x\"}").put("/api/v1/ecommerce/products/OOL-3/listings/ebay").then().statusCode(400);

        int review = as(owner).body("{\"rating\":5,\"title\":\"Lovely\",\"body\":\"Fragrant and smooth.\"}")
                .post("/api/v1/ecommerce/products/OOL-3/reviews").then().statusCode(201).extract().path("id");
        as(owner).body("{\"rating\":6,\"body\":\"x\"}").post("/api/v1/ecommerce/products/OOL-3/reviews").then()
                .statusCode(400);
        as(owner).get("/api/v1/ecommerce/products/OOL-3/reviews").then().body("$", hasSize(1));

        // another tenant sees none of it, not even with a product of its own
        as(other).get(listing).then().statusCode(404).contentType("application/problem+json");
        as(other).get("/api/v1/ecommerce/products/OOL-3/reviews").then().statusCode(404);
        as(other).get("/api/v1/ecommerce/products/OOL-3/reviews/" + review).then().statusCode(404);
        as(other).delete("/api/v1/ecommerce/products/OOL-3/reviews/" + review).then().statusCode(404);
        as(other).body("{\"market\":\"EU\",\"price\":1,\"currency\":\"EUR\"}")
                .post("/api/v1/ecommerce/products/OOL-3/prices").then().statusCode(404);
        as(owner).delete("/api/v1/ecommerce/products/OOL-3/reviews/" + review).then().statusCode(204);
        as(owner).delete(listing).then().statusCode(204);
    }
}
