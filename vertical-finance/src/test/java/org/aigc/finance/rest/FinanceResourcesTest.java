package org.aigc.finance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "finance"))
class FinanceResourcesTest {

    static final String FUND = "{\"name\":\"Global Equity Fund\",\"type\":\"fund\",\"riskLevel\":\"R4\","
            + "\"managementFeePct\":1.25,\"entryFeePct\":0,\"performance\":[{\"year\":2024,\"returnPct\":\"8.10\"},"
            + "{\"year\":2022,\"returnPct\":\"-12.40\"}]}";

    private static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    private static String tenant() {
        return "t-" + UUID.randomUUID();
    }

    @Test
    void productsAreTenantScopedCrudWithExactFees() {
        String owner = tenant();
        as(owner).body(FUND).put("/api/v1/finance/products/GEF-A").then().statusCode(201)
                .body("riskLevel", equalTo("R4")).body("managementFeePct", equalTo(1.25f))
                .body("performance[1].returnPct", equalTo("-12.40"));
        as(owner).body(FUND.replace("R4", "R5")).put("/api/v1/finance/products/GEF-A").then().statusCode(200)
                .body("riskLevel", equalTo("R5"));
        as(owner).get("/api/v1/finance/products").then().body("$", hasSize(1));
        as(tenant()).get("/api/v1/finance/products/GEF-A").then().statusCode(404)
                .contentType("application/problem+json");
        as(tenant()).delete("/api/v1/finance/products/GEF-A").then().statusCode(404);
        as(owner).delete("/api/v1/finance/products/GEF-A").then().statusCode(204);
    }

    @Test
    void clientProfilesAndResearchDocumentsAreTenantScoped() {
        String owner = tenant();
        as(owner).body("{\"riskTolerance\":\"R2\",\"horizon\":\"long\"}").put("/api/v1/finance/clients/c-77")
                .then().statusCode(201).body("riskTolerance", equalTo("R2"));
        as(tenant()).get("/api/v1/finance/clients/c-77").then().statusCode(404);
        int id = as(owner).body("{\"title\":\"Q3 release\",\"kind\":\"earnings\",\"issuer\":\"ACME\","
                + "\"publishedOn\":\"2026-10-20\",\"text\":\"Revenue was 1,200 million, up from 1,100 million.\"}")
                .post("/api/v1/finance/research-documents").then().statusCode(201).extract().path("id");
        as(owner).get("/api/v1/finance/research-documents/" + id).then().statusCode(200)
                .body("publishedOn", equalTo("2026-10-20"));
        as(owner).get("/api/v1/finance/research-documents?issuer=ACME").then().body("$", hasSize(1));
        as(tenant()).get("/api/v1/finance/research-documents/" + id).then().statusCode(404);
        as(tenant()).get("/api/v1/finance/research-documents").then().body("$", hasSize(0));
    }

    @Test
    void badInputGetsProblemDocuments() {
        String owner = tenant();
        as(owner).body(FUND.replace("R4", "R9")).put("/api/v1/finance/products/X1").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("riskLevel"));
        as(owner).body(FUND.replace("1.25", "35")).put("/api/v1/finance/products/X1").then().statusCode(400);
        as(owner).body(FUND.replace("\"8.10\"", "\"lots\"")).put("/api/v1/finance/products/X1").then().statusCode(400);
        as(owner).body(FUND).put("/api/v1/finance/products/bad%20code").then().statusCode(400);
        as(owner).body("{\"riskTolerance\":\"high\"}").put("/api/v1/finance/clients/c-1").then().statusCode(400);
        as(owner).body("{\"title\":\"x\",\"kind\":\"rumour\",\"text\":\"long enough text for a document\"}")
                .post("/api/v1/finance/research-documents").then().statusCode(400);
        as(owner).get("/api/v1/finance/products?size=101").then().statusCode(400);
        given().get("/api/v1/finance/products").then().statusCode(401);
    }
}
