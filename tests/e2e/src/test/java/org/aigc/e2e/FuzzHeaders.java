package org.aigc.e2e;

import static org.aigc.e2e.FuzzBodies.pick;

import java.util.AbstractMap.SimpleEntry;
import java.util.Random;

/** Header mutations: credentials, content negotiation, idempotency and request ids, sizes far beyond the usual. */
final class FuzzHeaders {

    private FuzzHeaders() {
    }

    static void mutate(FuzzCases.Draft draft, Random random) {
        String kind;
        switch (random.nextInt(13)) {
            case 0 -> {
                kind = "authorization";
                draft.set("Authorization", pick(random, null, "Bearer", "Bearer ", "Bearer not-a-key", "Basic dXNlcjpwYXNz",
                        "Bearer " + "k".repeat(8000), "Bearer " + draft.adminKey(), "Bearer " + draft.tenantKey(),
                        "bearer " + draft.tenantKey(), "Bearer " + draft.tenantKey() + " extra", "Bearer \u00ff\u00fe",
                        "Bearer '; DROP TABLE api_keys;--", "Token abc", ""));
            }
            case 1 -> {
                kind = "content-type";
                draft.set("Content-Type", pick(random, null, "text/plain", "application/xml",
                        "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=",
                        "application/json; charset=latin-1", "application/json; charset=nonsense", "garbage", ";",
                        "application/json, text/plain", "application/merge-patch+json", "*/*", "application/problem+json"));
            }
            case 2 -> {
                kind = "accept";
                draft.set("Accept", pick(random, "text/html", "application/xml", "image/png", "*/*;q=abc",
                        "text/event-stream", "application/problem+json", ";;;", "application/json;q=0", "text/csv",
                        "x".repeat(2000), null));
            }
            case 3 -> {
                kind = "idempotency-key";
                draft.set("Idempotency-Key", pick(random, "", " ", "k".repeat(300), "k".repeat(10_000), "\u00e9\u00ff",
                        "'; DROP TABLE idempotency_keys;--", "same-key-for-every-fuzz-case", "\u00f0\u009f\u0098\u0080"));
            }
            case 4 -> {
                kind = "request-id";
                draft.set("X-Request-Id", pick(random, "", "../../etc/passwd", "r".repeat(10_000), "\u00ff\u00fe",
                        "<script>", "id with spaces", "'; DROP TABLE x;--"));
            }
            case 5 -> {
                kind = "prefer";
                draft.set("Prefer", pick(random, "wait=abc", "wait=-1", "wait=99999999999999999999", "wait=",
                        "respond-async, wait=1", "handling=strict", "p".repeat(5000), "wait=1.5", "wait=0"));
            }
            case 6 -> {
                kind = "user";
                draft.set("X-Aigc-User", pick(random, "", "u".repeat(15_000), "\u00ff\u00fe", "'; DROP TABLE audit;--",
                        "reviewer@example.com", "\u00f0\u009f\u0098\u0080"));
            }
            case 7 -> {
                kind = "tenant-spoof";
                draft.set("X-Aigc-Tenant", pick(random, "someone-else", "", "../admin", "t".repeat(500)));
            }
            case 8 -> {
                kind = "huge-header";
                draft.headers.add(new SimpleEntry<>("X-Fuzz", "h".repeat(FuzzBodies.pickInt(random, 4_000, 12_000, 30_000, 70_000))));
            }
            case 9 -> {
                kind = "many-headers";
                for (int i = random.nextInt(300); i >= 0; i--) {
                    draft.headers.add(new SimpleEntry<>("X-Fuzz-" + i, "v" + i));
                }
            }
            case 10 -> {
                kind = "conditional";
                draft.set(pick(random, "If-Match", "If-None-Match", "If-Modified-Since", "Range"),
                        pick(random, "*", "\"x\"", "garbage", "bytes=0-1", "W/\"1\", \"2\""));
            }
            case 11 -> {
                kind = "cors";
                draft.set("Origin", pick(random, "https://evil.example", "null", "\u00ff"));
                draft.set("Access-Control-Request-Method", pick(random, "DELETE", "FUZZ", ""));
            }
            default -> {
                kind = "accept-language";
                draft.set("Accept-Language", pick(random, "xx", "*;q=abc", "\u00ff", "l".repeat(3000)));
            }
        }
        draft.mutations.add("header-" + kind);
    }
}
