package org.aigc.health.rest;

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
import org.aigc.health.phi.PhiDetector;
import org.junit.jupiter.api.Test;
import org.aigc.testkit.InfrastructureResource;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "health"))
class DemoDataResourceTest {

    private static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    @Test
    void seedsOncePerTenantAndOnlyForThatTenant() {
        String tenant = "t-" + UUID.randomUUID();
        String other = "t-" + UUID.randomUUID();

        List<Integer> ids = as(tenant).post("/api/v1/health/demo-data").then().statusCode(201)
                .body("seeded", equalTo(true)).extract().jsonPath().getList("noteIds", Integer.class);
        as(tenant).post("/api/v1/health/demo-data").then().statusCode(200).body("seeded", equalTo(false));

        assertThat(ids).hasSize(3);
        as(tenant).get("/api/v1/health/clinical-notes").then().statusCode(200).body("$", hasSize(3));
        as(tenant).get("/api/v1/health/education-materials").then().statusCode(200).body("$", hasSize(3));
        as(other).get("/api/v1/health/clinical-notes").then().statusCode(200).body("$", hasSize(0));
        as(other).get("/api/v1/health/clinical-notes/" + ids.get(0)).then().statusCode(404);
    }

    @Test
    void theSyntheticNotesCarryNoIdentifierAndTheMaterialsCoverEachReadingLevel() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).post("/api/v1/health/demo-data").then().statusCode(201);

        List<String> texts = as(tenant).get("/api/v1/health/clinical-notes").then().extract().jsonPath()
                .getList("text", String.class);
        assertThat(texts).hasSize(3).allSatisfy(t -> {
            assertThat(t).contains("Fictional demo patient");
            assertThat(PhiDetector.detect(t)).isEmpty();
        });
        assertThat(as(tenant).get("/api/v1/health/education-materials").then().extract().jsonPath()
                .getList("readingLevel", String.class)).containsExactlyInAnyOrder("grade-5", "grade-8", "grade-12");
    }
}
