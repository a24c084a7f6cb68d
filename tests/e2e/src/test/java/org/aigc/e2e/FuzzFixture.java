package org.aigc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aigc.contracts.Json;
import org.aigc.contracts.Verticals;
import org.aigc.e2e.FuzzEndpoints.Endpoint;
import org.aigc.e2e.GatewayClient.Reply;

/**
 * What the fuzz run works on: the endpoints (from the OpenAPI documents), the tenants it acts as, and real ids (jobs,
 * tenants, keys, rules, domain data) so that mutated requests reach past the "not found" checks. The admin API is
 * fuzzed on a tenant of its own, so that a disabled tenant or a revoked key does not stop the rest of the run.
 */
final class FuzzFixture {

    /** Vertical whose rules are put back after the run, and the one the final normal job uses. */
    private static final String CHECKED = "games";

    private final PlatformStack stack;
    private final GatewayClient gateway;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final Map<String, List<String>> values = new HashMap<>();
    private final Map<String, JsonNode> rulesBefore = new LinkedHashMap<>();
    private String tenantKey;

    private FuzzFixture(PlatformStack stack, GatewayClient gateway) {
        this.stack = stack;
        this.gateway = gateway;
    }

    static FuzzFixture prepare(PlatformStack stack, GatewayClient gateway) throws Exception {
        FuzzFixture fixture = new FuzzFixture(stack, gateway);
        fixture.tenantKey = fixture.freshKey("fuzz");
        fixture.discover();
        fixture.seed();
        return fixture;
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    FuzzCases.Context context() {
        return new FuzzCases.Context(stack.adminKey(), tenantKey, values);
    }

    /** A new tenant's key. */
    String freshKey(String name) {
        return gateway.newTenantKey(stack.adminKey(), name);
    }

    private void discover() throws Exception {
        for (Endpoint e : FuzzEndpoints.operations("gateway-service",
                FuzzEndpoints.document(stack.services().get("gateway-service").port()), null)) {
            if (e.template().equals("/api/v1/{vertical}/generations")) {
                for (String vertical : Verticals.ALL) {
                    endpoints.add(new Endpoint(e.method(), "/api/v1/" + vertical + "/generations", e.source(),
                            Json.tree(Samples.of(vertical).body()), e.queryNames()));
                }
            } else {
                endpoints.add(e);
            }
        }
        for (String vertical : Verticals.ALL) {
            int port = stack.services().get(Verticals.serviceName(vertical)).port();
            endpoints.addAll(FuzzEndpoints.operations(Verticals.serviceName(vertical), FuzzEndpoints.document(port),
                    vertical));
        }
        endpoints.replaceAll(FuzzFixture::withKnownGoodSample);
    }

    /** Samples the schema alone cannot give: bodies the gateway parses by hand. */
    private static Endpoint withKnownGoodSample(Endpoint e) {
        String sample = switch (e.method() + " " + e.template()) {
            case "POST /api/v1/admin/tenants" -> "{\"name\":\"fuzz-created\"}";
            case "PATCH /api/v1/admin/tenants/{id}" -> "{\"rateLimitPerMinute\":100000}";
            case "PATCH /api/v1/admin/tenants/{id}/keys/{keyId}" -> "{\"rateLimitPerMinute\":100000}";
            case "POST /v1/chat/completions" ->
                "{\"model\":\"default\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}],\"max_tokens\":50}";
            default -> null;
        };
        return sample == null ? e : new Endpoint(e.method(), e.template(), e.source(), Json.tree(sample),
                e.queryNames());
    }

    /** Tenant and key for the admin API, a job per vertical, domain data, tasks and rules. */
    private void seed() throws Exception {
        Reply victim = gateway.post("/api/v1/admin/tenants", stack.adminKey(), "{\"name\":\"fuzz-admin-target\"}", null);
        GatewayClient.require(victim, 201);
        String victimId = victim.json().path("id").asText();
        Reply key = gateway.post("/api/v1/admin/tenants/" + victimId + "/keys", stack.adminKey(), "{}", null);
        GatewayClient.require(key, 201);
        values.put("keyId", List.of(key.json().path("id").asText()));
        values.put("sku", List.of("FUZZ-SKU-1", "E2E-TEA-001"));
        values.put("code", List.of("FUZZ-1"));
        values.put("ref", List.of("FUZZ-1"));
        values.put("channel", List.of("shopify", "amazon"));
        values.put("version", List.of("1", "2"));
        values.put("path", List.of("tasks", "nope", "admin/rules", "reviews", "x/y/z", "compliance/check"));

        List<String> jobIds = new ArrayList<>();
        for (String vertical : Verticals.ALL) {
            JsonNode job = gateway.generate(tenantKey, vertical, Samples.of(vertical).body());
            jobIds.add(job.path("id").asText());
            if (vertical.equals(CHECKED)) {
                ObjectNode verify = Json.MAPPER.createObjectNode();
                verify.put("content", job.path("result").path("content").asText());
                verify.set("labels", job.path("result").path("labels"));
                endpoints.replaceAll(e -> e.template().equals("/api/v1/labels/verify")
                        ? new Endpoint(e.method(), e.template(), e.source(), verify, e.queryNames()) : e);
            }
        }
        values.put("requestId", jobIds);
        for (Endpoint e : endpoints) {
            String t = e.template();
            if (t.startsWith("/api/v1/admin/tenants/{id}")) {
                values.put(t + ":id", List.of(victimId));
            } else if (t.startsWith("/api/v1/jobs/{id}")) {
                values.put(t + ":id", jobIds);
            } else if (t.contains("{task}")) {
                values.put(t + ":task", tasks(t.split("/")[3]));
            } else if (t.contains("/admin/rules/{id}")) {
                values.put(t + ":id", ruleIds(t.split("/")[3]));
            }
        }
        createDomainData();
    }

    /** Each industry's demo data and one valid request to each collection and keyed PUT, so ids exist. */
    private void createDomainData() {
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Endpoint e : endpoints) {
            String path = e.template().replace("{sku}", "FUZZ-SKU-1").replace("{code}", "FUZZ-1")
                    .replace("{ref}", "FUZZ-1");
            if (e.source().equals("gateway-service") || path.contains("{") || path.contains("/admin/")
                    || !(e.method().equals("POST") || e.method().equals("PUT"))) {
                continue;
            }
            String body = e.sample() == null ? "{}" : e.sample().toString();
            Reply reply = e.method().equals("POST") ? gateway.post(path, tenantKey, body, null)
                    : gateway.put(path, tenantKey, body);
            statuses.merge(reply.status(), 1, Integer::sum);
        }
        System.out.println("fuzz: valid requests creating domain data answered " + statuses);
    }

    /** The vertical's tasks except the one of its sample, which the final normal job needs unchanged. */
    private List<String> tasks(String vertical) {
        List<String> tasks = new ArrayList<>();
        gateway.get("/api/v1/" + vertical + "/tasks", tenantKey).json().forEach(t -> tasks.add(t.path("name").asText()));
        tasks.remove(Samples.of(vertical).task());
        return tasks.isEmpty() ? List.of("no-such-task") : tasks;
    }

    private List<String> ruleIds(String vertical) {
        Reply rules = gateway.get("/api/v1/" + vertical + "/admin/rules", stack.adminKey());
        GatewayClient.require(rules, 200);
        List<String> ids = new ArrayList<>(List.of("FUZZ-RULE"));
        rules.json().forEach(r -> {
            ids.add(r.path("id").asText());
            if (vertical.equals(CHECKED)) {
                rulesBefore.put(r.path("id").asText(), r);
            }
        });
        return ids;
    }

    /**
     * Puts the checked vertical's rules back as they were: the flood may have added a rule that blocks everything,
     * which would be the admin's doing, not a platform failure.
     */
    void restoreRules() {
        Reply now = gateway.get("/api/v1/" + CHECKED + "/admin/rules", stack.adminKey());
        GatewayClient.require(now, 200);
        for (JsonNode rule : now.json()) {
            String id = rule.path("id").asText();
            JsonNode before = rulesBefore.get(id);
            if (before == null) {
                gateway.patch("/api/v1/" + CHECKED + "/admin/rules/" + id, stack.adminKey(), "{\"enabled\":false}");
            } else if (!strip(before).equals(strip(rule))) {
                gateway.put("/api/v1/" + CHECKED + "/admin/rules/" + id, stack.adminKey(), strip(before).toString());
            }
        }
    }

    private static JsonNode strip(JsonNode rule) {
        ObjectNode copy = rule.deepCopy();
        copy.remove(List.of("version", "updatedAt", "updatedBy"));
        return copy;
    }
}
