package org.aigc.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationStatus;
import org.aigc.contracts.Json;
import org.aigc.contracts.Labels;
import org.aigc.contracts.TokenUsage;
import org.aigc.contracts.Topics;
import org.aigc.gateway.support.FakeIndustryService;
import org.aigc.gateway.support.NodeScripts;
import org.aigc.gateway.support.StubVertical;
import org.aigc.gateway.support.TestTenants;
import org.aigc.gateway.support.TestTenants.TestTenant;
import org.aigc.gateway.support.Usage;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.testkit.KafkaTestClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The web console at {@code /} in headless Chromium: sign in, pick a task, fill the form generated from its input
 * schema, watch the job finish with findings, label, model and cost, then the usage chart. Skips with the reason
 * when Chromium, Node or playwright-core is missing (CI: {@code apt-get install -y chromium} and {@code npm install}
 * in {@code gateway-service/src/test/node}).
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "gateway"))
@QuarkusTestResource(StubVertical.class)
class ConsoleBrowserTest {

    @Test
    void consoleIsServedAtTheRoot() {
        given().get("/").then().statusCode(200).contentType("text/html").body(containsString("console.js"));
        given().get("/console.js").then().statusCode(200).body(containsString("sessionStorage"));
    }

    @Test
    void runsATaskAndShowsUsageInHeadlessChromium() throws Exception {
        String chromium = Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(chromium)),
                "skipped: no Chromium at " + chromium + " (apt-get install -y chromium, or set CHROMIUM)");
        NodeScripts.assumeAvailable("playwright-core");
        TestTenant tenant = TestTenants.create();
        try (KafkaTestClient kafka = KafkaTestClient.shared();
                FakeIndustryService games = FakeIndustryService.answering("games", "quest", tenant.id(), request -> {
                    // metered well after the result, as under load: the page must keep looking for the cost
                    CompletableFuture.delayedExecutor(4, TimeUnit.SECONDS).execute(() -> kafka.sendEvent(
                            Topics.USAGE, request.tenantId(), Usage.of(request.tenantId(), request.requestId(),
                                    "games", "quest", "offline", 40, 60, "0.0042")));
                    return GenerationCompleted.of(request, GenerationStatus.COMPLETED)
                            .content("The keeper of the haunted lighthouse needs three lanterns.")
                            .findings(List.of(new Finding("GM-04", "AMEND", "Age rating noted", "PEGI", null)))
                            .labels(new Labels("AI-generated", null))
                            .model("offline").usage(new TokenUsage(40, 60)).build();
                })) {
            String out = NodeScripts.run("console-test.mjs", 240, "http://localhost:" + RestAssured.port,
                    tenant.key());
            JsonNode seen = Json.tree(out.strip().lines().reduce((a, b) -> b).orElseThrow());
            assertThat(games.answered().input().path("theme").asText()).isEqualTo("haunted lighthouse");
            assertThat(games.answered().input().path("steps").asInt()).isEqualTo(3);
            assertThat(seen.path("errors").size()).as(seen.toString()).isZero();
            assertThat(seen.path("keyKept").asBoolean()).isTrue();
            assertThat(seen.path("requiredTheme").asBoolean()).isTrue();
            assertThat(seen.path("job").path("output").asText()).contains("haunted lighthouse");
            assertThat(seen.path("job").path("details").asText()).contains("offline").contains("AI-generated")
                    .contains("0.0042");
            assertThat(seen.path("job").path("findings").asText()).contains("GM-04");
            assertThat(seen.path("usage").path("bars").asInt()).isPositive();
            assertThat(seen.path("usage").path("total").asText()).contains("0.0042");
            assertThat(seen.path("keyGone").asBoolean()).isTrue();
        }
    }
}
