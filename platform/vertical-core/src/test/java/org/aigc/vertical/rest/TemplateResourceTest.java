package org.aigc.vertical.rest;

import static org.aigc.vertical.rest.CoreApi.BASE;
import static org.aigc.vertical.rest.CoreApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Set;
import org.aigc.contracts.GenerationRequested;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class TemplateResourceTest {

    private static final String TEMPLATES = BASE + "/admin/templates/card";
    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("games");

    @Test
    void createActivateRollBackAndSplitTraffic() {
        as("admin").body("{\"systemTemplate\": \"JSON only, v2.\", \"userTemplate\": \"Title v2: {input.line}\"}")
                .post(TEMPLATES).then().statusCode(201).body("version", equalTo(2)).body("active", equalTo(false))
                .body("createdBy", equalTo("alice@admin"));
        assertThat(versionUsed()).isEqualTo(1);

        as("admin").post(TEMPLATES + "/2/activate").then().statusCode(200).body("active", equalTo(true));
        as("admin").get(TEMPLATES).then().statusCode(200).body("version", contains(1, 2))
                .body("active", contains(false, true));
        assertThat(versionUsed()).isEqualTo(2);

        as("admin").post(TEMPLATES + "/1/activate").then().statusCode(200);
        assertThat(versionUsed()).isEqualTo(1);

        as("admin").body("{\"weights\": {\"1\": 50, \"2\": 50}}").put(TEMPLATES + "/weights").then()
                .statusCode(200).body("active", contains(true, true)).body("weight", contains(50, 50));
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < 12 && used.size() < 2; i++) {
            used.add(versionUsed());
        }
        assertThat(used).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void refusesBadTemplatesUnknownVersionsAndTasks() {
        as("admin").body("{\"systemTemplate\": \"{#if}\", \"userTemplate\": \"x\"}").post(TEMPLATES).then()
                .statusCode(400);
        as("admin").post(TEMPLATES + "/99/activate").then().statusCode(404);
        as("admin").body("{\"weights\": {\"99\": 10}}").put(TEMPLATES + "/weights").then().statusCode(400);
        as("admin").body("{\"weights\": {\"1\": 0}}").put(TEMPLATES + "/weights").then().statusCode(400);
        as("admin").get(BASE + "/admin/templates/nope").then().statusCode(404);
    }

    /** The template version a new request of the task is rendered with, as the result records it. */
    private static int versionUsed() {
        GenerationRequested request = pipeline.request("card", "{\"line\": \"tea\"}", null);
        return pipeline.run(request, "{\"title\": \"Tea\"}").result().templateVersion();
    }
}
