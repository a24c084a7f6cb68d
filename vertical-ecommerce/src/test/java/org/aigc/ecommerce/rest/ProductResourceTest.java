package org.aigc.ecommerce.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.aigc.testkit.InfrastructureResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "ecommerce"))
class ProductResourceTest {

    private static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    @Test
    void aTenantCreatesReadsListsAndDeletesItsProducts() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).body("{\"title\":\"Oolong 250 g\",\"category\":\"food\",\"attributes\":{\"origin\":\"Wuyi\"}}")
                .put("/api/v1/ecommerce/products/OOL-250").then().statusCode(201)
                .body("sku", equalTo("OOL-250")).body("attributes.origin", equalTo("Wuyi"));
        as(tenant).body("{\"title\":\"Oolong 250 g tin\",\"category\":\"food\"}")
                .put("/api/v1/ecommerce/products/OOL-250").then().statusCode(200)
                .body("title", equalTo("Oolong 250 g tin"));

        as(tenant).get("/api/v1/ecommerce/products/OOL-250").then().statusCode(200)
                .body("category", equalTo("food"));
        as(tenant).get("/api/v1/ecommerce/products?size=10").then().statusCode(200).body("$", hasSize(1));

        as(tenant).delete("/api/v1/ecommerce/products/OOL-250").then().statusCode(204);
        as(tenant).get("/api/v1/ecommerce/products/OOL-250").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aTenantNeverSeesAnotherTenantsProducts() {
        String owner = "t-" + UUID.randomUUID();
        String other = "t-" + UUID.randomUUID();
        as(owner).body("{\"title\":\"Secret cream\",\"category\":\"cosmetics\"}")
                .put("/api/v1/ecommerce/products/SECRET-1").then().statusCode(201);

        as(other).get("/api/v1/ecommerce/products/SECRET-1").then().statusCode(404);
        as(other).get("/api/v1/ecommerce/products").then().statusCode(200).body("$", hasSize(0));
        as(other).delete("/api/v1/ecommerce/products/SECRET-1").then().statusCode(404);
        as(owner).get("/api/v1/ecommerce/products/SECRET-1").then().statusCode(200);
    }

    @Test
    void badInputGetsAProblemDocument() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).body("{\"category\":\"food\"}").put("/api/v1/ecommerce/products/NO-TITLE").then()
                .statusCode(400).contentType("application/problem+json").body("detail", startsWith("title"));
        as(tenant).body("{\"title\":\"x\",\"category\":\"food\",\"attributes\":[1]}")
                .put("/api/v1/ecommerce/products/BAD-ATTR").then().statusCode(400);
        as(tenant).body("{\"title\":\"x\",\"category\":\"food\"}").put("/api/v1/ecommerce/products/bad%20sku")
                .then().statusCode(400);
        as(tenant).get("/api/v1/ecommerce/products?size=1000").then().statusCode(400);
        given().get("/api/v1/ecommerce/products").then().statusCode(401).contentType("application/problem+json");
    }
}
