package org.aigc.finance.rest;

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
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "finance"))
class DemoDataResourceTest {

    private static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    @Test
    void seedsOncePerTenantAndOnlyForThatTenant() {
        String tenant = "t-" + UUID.randomUUID();
        String other = "t-" + UUID.randomUUID();

        as(tenant).post("/api/v1/finance/demo-data").then().statusCode(201).body("seeded", equalTo(true));
        as(tenant).post("/api/v1/finance/demo-data").then().statusCode(200).body("seeded", equalTo(false));

        as(tenant).get("/api/v1/finance/products").then().statusCode(200).body("$", hasSize(3));
        as(tenant).get("/api/v1/finance/clients/DEMO-CAUTIOUS").then().statusCode(200)
                .body("riskTolerance", equalTo("R2"));
        as(other).get("/api/v1/finance/products").then().statusCode(200).body("$", hasSize(0));
        as(other).get("/api/v1/finance/clients/DEMO-CAUTIOUS").then().statusCode(404);
    }

    @Test
    void theCautiousClientAndTheEquityFundAreTheSuitabilityMismatch() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).post("/api/v1/finance/demo-data").then().statusCode(201)
                .body("suitabilityMismatch.productCode", equalTo("DEMO-EQUITY"));

        assertThat(fired(tenant, "DEMO-CAUTIOUS", "DEMO-EQUITY")).contains("FN-SUIT");
        assertThat(fired(tenant, "DEMO-GROWTH", "DEMO-BOND")).doesNotContain("FN-SUIT");
        assertThat(fired(tenant, "DEMO-CAUTIOUS", "DEMO-BOND")).doesNotContain("FN-SUIT");
    }

    private static List<String> fired(String tenant, String client, String product) {
        String body = "{\"stage\": \"output\", \"text\": \"About the fund we discussed.\", \"context\": {\"task\": "
                + "\"client-letter\", \"input\": {\"clientRef\": \"%s\", \"productCode\": \"%s\"}}}";
        return as(tenant).body(body.formatted(client, product)).post("/api/v1/finance/compliance/check").then()
                .statusCode(200).extract().jsonPath().getList("findings.ruleId", String.class);
    }
}
