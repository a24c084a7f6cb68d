package org.aigc.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.aigc.contracts.GenerationRequested;
import org.aigc.media.provenance.HumanEdits;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MD-08: a published piece's copyright record ties the editor's contribution to the generation's audit id. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "media"))
class PieceProvenanceTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("media");

    @Test
    void recordsThePromptTheDraftAndTheEditorsWordsAgainstTheAuditId() {
        GenerationRequested request = pipeline.request("synopsis", """
                {"sourceTitle": "Tram line extended", "audience": "commuters", "maxWords": 60,
                 "sourceText": "The city council voted on Tuesday to extend the riverside tram line by four stations."}
                """, "en-GB");
        pipeline.run(request, "The council approved four new tram stations on the riverside line.");
        String tenant = pipeline.tenantId();
        long outlet = MediaData.outlet(tenant, "Riverside Daily " + UUID.randomUUID());
        String published = "The council approved four new tram stations on the riverside line, due to open in 2028.";
        long piece = MediaData.as(tenant).body("""
                {"outletId": %d, "kind": "synopsis", "title": "Tram line grows", "body": "%s", "byline": "Ana Ruiz",
                 "editorId": "editor-ana", "status": "published", "requestId": "%s"}"""
                .formatted(outlet, published, request.requestId()))
                .post("/api/v1/media/pieces").then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath provenance = MediaData.as(tenant).get("/api/v1/media/pieces/{id}/provenance", piece)
                .then().statusCode(200)
                .body("aiGenerated", equalTo(true))
                .body("auditId", equalTo(request.requestId()))
                .body("task", equalTo("synopsis"))
                .body("editorId", equalTo("editor-ana"))
                .body("aiAuthor", equalTo(false))
                .extract().jsonPath();
        assertThat(provenance.getString("promptLog")).contains("Tram line extended");
        assertThat(provenance.getString("aiDraft")).startsWith("The council approved four new tram stations");
        assertThat(provenance.getString("published")).isEqualTo(published);
        // the editor kept ten of the model's words ("line." became "line,") and wrote six of their own
        assertThat(provenance.getInt("edits.publishedWords")).isEqualTo(16);
        assertThat(provenance.getInt("edits.keptWords")).isEqualTo(10);
        assertThat(provenance.getDouble("edits.humanShare")).isEqualTo(0.375);
        assertThat(provenance.getList("audit.kind")).isNotEmpty();
        assertThat(provenance.getString("authorship")).contains("not an author");
        assertThat(provenance.getString("source")).contains("MD-08");
    }

    @Test
    void aHumanWrittenPieceHasNoGenerationAndAnotherTenantSeesNothing() {
        String tenant = "tenant-" + UUID.randomUUID();
        long outlet = MediaData.outlet(tenant, "Hill Gazette");
        long piece = MediaData.as(tenant).body("""
                {"outletId": %d, "kind": "headline", "body": "Bridge reopens after repairs", "editorId": "ed-1"}"""
                .formatted(outlet)).post("/api/v1/media/pieces").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        MediaData.as(tenant).get("/api/v1/media/pieces/{id}/provenance", piece).then().statusCode(200)
                .body("aiGenerated", equalTo(false)).body("aiDraft", nullValue()).body("aiAuthor", equalTo(false));
        MediaData.as("tenant-" + UUID.randomUUID()).get("/api/v1/media/pieces/{id}/provenance", piece)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void recognisesWhichOfTheModelsHeadlinesTheEditorChose() {
        HumanEdits chosen = HumanEdits.between("1. Tram line grows by four stops\n2. Council backs tram extension\n"
                + "3. Riverside trams go further", "Council backs tram extension");
        assertThat(chosen.selection()).isEqualTo(2);
        assertThat(chosen.options()).isEqualTo(3);
        assertThat(chosen.humanShare()).isZero();

        HumanEdits rewritten = HumanEdits.between("Tram line grows", "Riverside votes for more trams");
        assertThat(rewritten.selection()).isNull();
        assertThat(rewritten.humanShare()).isEqualTo(1.0);
    }
}
