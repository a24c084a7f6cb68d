package org.aigc.health.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "health"))
class HealthResourcesTest {

    private static RequestSpecification as(String tenant) {
        return given().header("X-Aigc-Tenant", tenant).contentType(ContentType.JSON);
    }

    private static String tenant() {
        return "t-" + UUID.randomUUID();
    }

    @Test
    void educationMaterialsAreTenantScopedCrud() {
        String owner = tenant();
        String other = tenant();
        int id = as(owner).body("{\"topic\":\"Asthma\",\"readingLevel\":\"grade-5\",\"locale\":\"en\","
                + "\"body\":\"Use your inhaler as shown.\"}").post("/api/v1/health/education-materials")
                .then().statusCode(201).body("reviewedBy", equalTo(null)).extract().path("id");
        String path = "/api/v1/health/education-materials/" + id;

        as(owner).body("{\"topic\":\"Asthma\",\"readingLevel\":\"grade-8\",\"locale\":\"en\","
                + "\"body\":\"Use your inhaler as shown.\",\"reviewedBy\":\"dr-1\"}").put(path).then().statusCode(200)
                .body("reviewedBy", equalTo("dr-1"));
        as(owner).get("/api/v1/health/education-materials?topic=asthma").then().statusCode(200).body("$", hasSize(1));
        as(other).get(path).then().statusCode(404).contentType("application/problem+json");
        as(other).get("/api/v1/health/education-materials").then().body("$", hasSize(0));
        as(other).delete(path).then().statusCode(404);
        as(owner).delete(path).then().statusCode(204);
        as(owner).get(path).then().statusCode(404);
    }

    @Test
    void clinicalNotesAreStoredDeidentified() {
        String owner = tenant();
        int id = as(owner).body("{\"title\":\"Visit of John Smith\",\"text\":\"Patient: John Smith, DOB 03/14/1950, "
                + "SSN 123-45-6789, lives in Boston, MA 02115. Cough for two weeks.\"}")
                .post("/api/v1/health/clinical-notes").then().statusCode(201)
                .body("text", not(containsString("John"))).body("text", not(containsString("123-45-6789")))
                .body("text", containsString("[DATE]/1950")).body("text", containsString("MA 021XX"))
                .body("removed.'HC-01-G'", equalTo(1)).extract().path("id");

        as(owner).get("/api/v1/health/clinical-notes/" + id).then().statusCode(200)
                .body("text", containsString("Cough for two weeks"));
        as(tenant()).get("/api/v1/health/clinical-notes/" + id).then().statusCode(404);
        as(owner).get("/api/v1/health/clinical-notes?size=5").then().body("$", hasSize(1));
    }

    @Test
    void reviewTasksRecordOneFinalDecision() {
        String owner = tenant();
        int id = as(owner).body("{\"requestId\":\"req-1\",\"assignee\":\"dr-2\"}").post("/api/v1/health/review-tasks")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        String path = "/api/v1/health/review-tasks/" + id;

        as(tenant()).body("{\"status\":\"APPROVED\",\"reviewer\":\"x\"}").put(path).then().statusCode(404);
        as(owner).body("{\"status\":\"APPROVED\",\"reviewer\":\"dr-2\"}").put(path).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        as(owner).body("{\"status\":\"REJECTED\",\"reviewer\":\"dr-2\"}").put(path).then().statusCode(409);
        as(owner).get("/api/v1/health/review-tasks?status=APPROVED").then().body("$", hasSize(1));
    }

    @Test
    void badInputGetsProblemDocuments() {
        String owner = tenant();
        as(owner).body("{\"topic\":\"Asthma\",\"readingLevel\":\"grade-99\",\"locale\":\"en\",\"body\":\"long enough body\"}")
                .post("/api/v1/health/education-materials").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("readingLevel"));
        as(owner).body("{\"topic\":\"Asthma\",\"readingLevel\":null,\"locale\":\"en\",\"body\":\"long enough body\"}")
                .post("/api/v1/health/education-materials").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("readingLevel"));
        as(owner).body("{\"title\":\"x\",\"text\":\"" + "a".repeat(20_001) + "\"}").post("/api/v1/health/clinical-notes")
                .then().statusCode(400);
        as(owner).body("{\"status\":\"MAYBE\"}").put("/api/v1/health/review-tasks/1").then().statusCode(404);
        as(owner).get("/api/v1/health/review-tasks?size=500").then().statusCode(400);
        given().get("/api/v1/health/clinical-notes").then().statusCode(401);
    }
}
