package org.aigc.media;

import static io.restassured.RestAssured.given;
import static org.aigc.media.MediaData.as;
import static org.hamcrest.Matchers.equalTo;
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
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "media"))
class MediaResourceTest {

    private static String piece(long outlet, String status, String editor, String byline) {
        return """
                {"outletId": %d, "kind": "news-summary", "title": "Tram line extended", "body": "The council ...",
                 "status": "%s"%s%s}""".formatted(outlet, status,
                editor == null ? "" : ", \"editorId\": \"" + editor + "\"",
                byline == null ? "" : ", \"byline\": \"" + byline + "\"");
    }

    @Test
    void aTenantManagesOutletsDocumentsAndPieces() {
        String tenant = "t-" + UUID.randomUUID();
        long outlet = MediaData.outlet(tenant, "Riverside Daily");
        long doc = MediaData.document(tenant, outlet, "Tram line extended", MediaData.SOURCE);
        as(tenant).get("/api/v1/media/documents/" + doc).then().statusCode(200)
                .body("body", startsWith("The city council")).body("tenantId", equalTo(null));
        as(tenant).get("/api/v1/media/documents?outletId=" + outlet).then().statusCode(200).body("$", hasSize(1));
        long piece = as(tenant).body(piece(outlet, "draft", null, null)).post("/api/v1/media/pieces").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(tenant).body(piece(outlet, "published", "ed-ana", "Ana Ruiz")).put("/api/v1/media/pieces/" + piece)
                .then().statusCode(200).body("status", equalTo("published")).body("editorId", equalTo("ed-ana"));
        as(tenant).get("/api/v1/media/pieces?status=published").then().statusCode(200).body("$", hasSize(1));
        as(tenant).delete("/api/v1/media/documents/" + doc).then().statusCode(204);
        as(tenant).get("/api/v1/media/pieces/" + piece).then().statusCode(200);
        as(tenant).delete("/api/v1/media/outlets/" + outlet).then().statusCode(204);
        as(tenant).get("/api/v1/media/pieces/" + piece).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void md05NoPublicationWithoutAHumanEditorAndNoAiByline() {
        String tenant = "t-" + UUID.randomUUID();
        long outlet = MediaData.outlet(tenant, "Riverside Daily");
        as(tenant).body(piece(outlet, "approved", null, null)).post("/api/v1/media/pieces").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aigc.dev/problems/editor-required"));
        as(tenant).body(piece(outlet, "draft", null, "ChatGPT")).post("/api/v1/media/pieces").then()
                .statusCode(400).body("type", equalTo("https://aigc.dev/problems/ai-byline"));
        as(tenant).body(piece(outlet, "draft", null, "By an AI assistant")).post("/api/v1/media/pieces").then()
                .statusCode(400);
        // a human whose name starts like "AI" is a human
        as(tenant).body(piece(outlet, "in-review", null, "Aidan Ruiz")).post("/api/v1/media/pieces").then()
                .statusCode(201);
    }

    @Test
    void aTenantNeverSeesOrTouchesAnotherTenantsData() {
        String owner = "t-" + UUID.randomUUID();
        String other = "t-" + UUID.randomUUID();
        long outlet = MediaData.outlet(owner, "Secret Gazette");
        long doc = MediaData.document(owner, outlet, "Leak", "Confidential text of the owner tenant.");
        as(other).get("/api/v1/media/documents/" + doc).then().statusCode(404);
        as(other).get("/api/v1/media/documents").then().statusCode(200).body("$", hasSize(0));
        as(other).get("/api/v1/media/outlets").then().statusCode(200).body("$", hasSize(0));
        as(other).delete("/api/v1/media/outlets/" + outlet).then().statusCode(404);
        as(other).body(piece(outlet, "draft", null, null)).post("/api/v1/media/pieces").then().statusCode(400);
        as(owner).get("/api/v1/media/documents/" + doc).then().statusCode(200);
    }

    @Test
    void badInputGetsAProblemDocument() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).body("{\"styleGuide\": \"x\"}").post("/api/v1/media/outlets").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("name"));
        as(tenant).body("{\"title\": \"T\", \"body\": \"%s\"}".formatted("x".repeat(50_001)))
                .post("/api/v1/media/documents").then().statusCode(400).body("detail", startsWith("body"));
        long outlet = MediaData.outlet(tenant, "O");
        as(tenant).body("{\"outletId\": %d, \"kind\": \"poem\", \"body\": \"x\"}".formatted(outlet))
                .post("/api/v1/media/pieces").then().statusCode(400).body("detail", startsWith("kind"));
        as(tenant).get("/api/v1/media/pieces?page=-1").then().statusCode(400);
        given().get("/api/v1/media/outlets").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void demoDataIsSeededOncePerTenant() {
        String tenant = "t-" + UUID.randomUUID();
        as(tenant).post("/api/v1/media/demo-data").then().statusCode(201).body("seeded", equalTo(true));
        as(tenant).post("/api/v1/media/demo-data").then().statusCode(200).body("seeded", equalTo(false));
        as(tenant).get("/api/v1/media/documents").then().statusCode(200).body("$", hasSize(2));
    }
}
