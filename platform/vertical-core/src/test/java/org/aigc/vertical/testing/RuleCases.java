package org.aigc.vertical.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aigc.contracts.Json;

/**
 * Must-flag and must-pass cases per rule, run through the dry-run endpoint of a {@code @QuarkusTest} (same engine and
 * rules as the live pipeline), tallied as catches, misses, false positives and correct passes per rule. Cases are a
 * JSON array on the test classpath:
 * {@code [{"rule": "AD-01", "stage": "output", "context": {...}, "flag": ["..."], "pass": ["..."]}]}.
 */
public final class RuleCases {

    private RuleCases() {
    }

    /** One text and whether {@code ruleId} must fire on it. */
    public record Case(String ruleId, String stage, String text, JsonNode context, boolean mustFlag) {
    }

    /** The outcome for one rule; {@link #failures} lists the texts it got wrong. */
    public record Tally(String ruleId, int caught, int missed, int falsePositives, int leftAlone,
            List<String> failures) {

        Tally add(Case c, boolean flagged) {
            List<String> f = new ArrayList<>(failures);
            if (flagged != c.mustFlag()) {
                f.add((c.mustFlag() ? "missed: " : "false positive: ") + c.text());
            }
            return new Tally(ruleId, caught + (c.mustFlag() && flagged ? 1 : 0), missed + (c.mustFlag() && !flagged ? 1 : 0),
                    falsePositives + (!c.mustFlag() && flagged ? 1 : 0), leftAlone + (!c.mustFlag() && !flagged ? 1 : 0),
                    f);
        }
    }

    public static List<Case> load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            List<Case> cases = new ArrayList<>();
            for (JsonNode group : Json.MAPPER.readTree(in)) {
                String rule = group.path("rule").asText();
                String stage = group.path("stage").asText("output");
                JsonNode context = group.get("context");
                group.path("flag").forEach(t -> cases.add(new Case(rule, stage, t.asText(), context, true)));
                group.path("pass").forEach(t -> cases.add(new Case(rule, stage, t.asText(), context, false)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every case against {@code POST /api/v1/{vertical}/compliance/check} as {@code tenant}. */
    public static Map<String, Tally> run(String vertical, String tenant, List<Case> cases) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (Case c : cases) {
            ObjectNode body = Json.MAPPER.createObjectNode().put("stage", c.stage()).put("text", c.text());
            if (c.context() != null) {
                body.set("context", c.context());
            }
            List<String> fired = given().header("X-Aigc-Tenant", tenant).contentType("application/json")
                    .body(body.toString()).post("/api/v1/" + vertical + "/compliance/check").then().statusCode(200)
                    .extract().jsonPath().getList("findings.ruleId", String.class);
            tallies.merge(c.ruleId(), new Tally(c.ruleId(), 0, 0, 0, 0, List.of()).add(c, fired.contains(c.ruleId())),
                    (a, b) -> a.add(c, fired.contains(c.ruleId())));
        }
        return tallies;
    }

    /** One line per rule plus a total, for test logs and the closing note. */
    public static String summary(Map<String, Tally> tallies) {
        StringBuilder out = new StringBuilder();
        int caught = 0, missed = 0, fp = 0, passed = 0;
        for (Tally t : tallies.values()) {
            out.append(String.format("%-14s caught %d/%d, false positives %d/%d%n", t.ruleId(), t.caught(),
                    t.caught() + t.missed(), t.falsePositives(), t.falsePositives() + t.leftAlone()));
            caught += t.caught();
            missed += t.missed();
            fp += t.falsePositives();
            passed += t.leftAlone();
        }
        return out.append(String.format("%d rules: caught %d/%d, false positives %d/%d", tallies.size(), caught,
                caught + missed, fp, fp + passed)).toString();
    }
}
