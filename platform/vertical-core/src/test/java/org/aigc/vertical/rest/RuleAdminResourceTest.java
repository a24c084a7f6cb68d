package org.aigc.vertical.rest;

import static org.aigc.vertical.rest.CoreApi.BASE;
import static org.aigc.vertical.rest.CoreApi.as;
import static org.aigc.vertical.rest.CoreApi.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.domain.AuditEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "core"))
class RuleAdminResourceTest {

    private static final String RULES = BASE + "/admin/rules";
    private static final String CHECK = BASE + "/compliance/check";

    @Test
    void aCreatedRuleAppliesToTheNextCheckAndDisablingItStopsItWithoutARestart() {
        String rule = """
                {"id": "X-DRAGON", "stage": "OUTPUT", "kind": "TERMS", "terms": ["dragon"], "action": "BLOCK",
                 "message": "no dragons", "source": "house style 1.2"}""";
        as("admin").body(rule).post(RULES).then().statusCode(201)
                .header("Location", containsString("/admin/rules/X-DRAGON")).body("version", equalTo(1))
                .body("enabled", equalTo(true)).body("updatedBy", equalTo("alice@admin"));
        as("t1").body(check("output", "a DRAGON flew", null)).post(CHECK).then().body("decision", equalTo("BLOCK"));

        as("admin").body("{\"enabled\": false}").patch(RULES + "/X-DRAGON").then().statusCode(200)
                .body("enabled", equalTo(false)).body("version", equalTo(2)).body("terms", contains("dragon"));
        as("t1").body(check("output", "a DRAGON flew", null)).post(CHECK).then().body("decision", equalTo("ALLOW"));

        as("admin").body(rule.replace("\"BLOCK\"", "\"AMEND\"")).put(RULES + "/X-DRAGON").then().statusCode(200)
                .body("action", equalTo("AMEND")).body("enabled", equalTo(true)).body("version", equalTo(3));
        as("t1").body(check("output", "a dragon flew", null)).post(CHECK).then()
                .body("amendedText", equalTo("a *** flew"));

        as("admin").get(RULES + "/X-DRAGON/versions").then().statusCode(200)
                .body("version", contains(1, 2, 3)).body("action", contains("BLOCK", "BLOCK", "AMEND"));
        List<AuditEvent> audit = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.forRequest("admin", "rule:X-DRAGON"));
        assertThat(audit).extracting(a -> a.kind).containsExactly("RULE_CREATED", "RULE_UPDATED", "RULE_UPDATED");
        assertThat(audit).allSatisfy(a -> assertThat(a.actor).isEqualTo("alice@admin"));
        assertThat(audit.get(1).detail).contains("\"before\"", "\"after\"");
    }

    @Test
    void listsRulesIncludingTheSharedDetectors() {
        as("admin").get(RULES + "?stage=INPUT").then().statusCode(200)
                .body("id", hasItem("PI-01")).body("id", hasItem("PII-CARD-IN"))
                .body("find { it.id == 'PII-CARD-IN' }.keepLast", equalTo(4));
        as("admin").get(RULES + "/PI-06").then().statusCode(200).body("pattern", equalTo("canary"));
    }

    @Test
    void refusesInvalidRulesDuplicatesAndUnknownIds() {
        as("admin").body("""
                {"id": "X-BAD", "stage": "OUTPUT", "kind": "REGEX", "pattern": "([a-z", "action": "BLOCK",
                 "message": "m", "source": "s"}""").post(RULES).then().statusCode(400)
                .body("detail", containsString("pattern does not compile"));
        as("admin").body("""
                {"id": "X-BAD", "stage": "OUTPUT", "kind": "CHECK", "pattern": "no-such-check", "action": "FLAG",
                 "message": "m", "source": "s"}""").post(RULES).then().statusCode(400)
                .body("detail", containsString("must name a check"));
        as("admin").body("""
                {"id": "X-BAD", "stage": "LATER", "kind": "ALWAYS", "action": "APPEND", "message": "m"}""")
                .post(RULES).then().statusCode(400).body("detail", containsString("stage"))
                .body("detail", containsString("source")).body("detail", containsString("replacement"));
        as("admin").body("""
                {"id": "PI-01", "stage": "INPUT", "kind": "TERMS", "terms": ["x"], "action": "FLAG",
                 "message": "m", "source": "s"}""").post(RULES).then().statusCode(409);
        as("admin").body("{\"enabled\": false}").patch(RULES + "/NOPE").then().statusCode(404);
        as("admin").body("{\"keepLast\": 9}").patch(RULES + "/PII-CARD-OUT").then().statusCode(400);
        as("admin").body("{\"terms\": {\"a\": 1}}").patch(RULES + "/PII-CARD-OUT").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
