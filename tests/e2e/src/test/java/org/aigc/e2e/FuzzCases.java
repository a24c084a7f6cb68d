package org.aigc.e2e;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aigc.contracts.Verticals;
import org.aigc.e2e.FuzzEndpoints.Auth;
import org.aigc.e2e.FuzzEndpoints.Endpoint;

/**
 * Generates request number {@code n} of a fuzz run from its own {@link Random} (seed and number), so a case can be
 * generated again alone: a valid request for one endpoint, then one to three mutations of its path, query, headers,
 * method or body.
 */
final class FuzzCases {

    /**
     * What a case needs to know about the running platform.
     *
     * @param adminKey  the platform admin key
     * @param tenantKey key of the tenant the fuzz acts as
     * @param values    valid values for path placeholders, by {@code template:name} or {@code name}
     */
    record Context(String adminKey, String tenantKey, Map<String, List<String>> values) {
    }

    /** One generated request, with the mutations it went through. */
    record Case(int number, Endpoint endpoint, List<String> mutations, RawHttp.Request request) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    /** Ids that are valid in a URI: they reach the application, which must refuse them with a problem. */
    private static final String[] BAD_IDS = { "..", "../", "..%2f..%2fq%2fhealth", "%2e%2e", "%2E%2E%2fadmin", "..;",
            "%252e%252e", "%27;%20DROP%20TABLE%20jobs;--", "1%20OR%201=1", "%27%20OR%20%27%27=%27", "%00", "%ff%fe",
            "%25", "%c0%ae%c0%ae", "\u00ff\u00fe", "%F0%9F%98%80", "%E2%80%AE", "99999999999999999999999999", "-1", "0",
            "1e10", "NaN", "null", "true", "%7B%7D", "%3Cscript%3E", "a".repeat(2000), "a".repeat(5000), "%20", "+",
            "a/b/c", "", "~", "$(id)", "$%7Bjndi:ldap:x%7D", "%5C..%5C..", "9223372036854775808",
            "-9223372036854775809", "0x10", "1.5", "%E4%BD%A0%E5%A5%BD", "\u00e9t\u00e9", "%0d%0aSet-Cookie:%20x=1" };
    /**
     * Request targets no URI parser accepts (raw spaces, braces, broken percent-escapes): the HTTP layer refuses them
     * before any application code runs, see {@link FuzzIT#verdict}.
     */
    private static final String[] RAW_TARGET_PARTS = { "' OR 1=1", "${jndi:ldap:x}", "%zz", "%", "a b", "a|b",
            "<script>" };
    private static final String[] BAD_QUERY = { "abc", "-1", "1e99", "99999999999999999999", "", "%25", "%25zz",
            "'%20OR%201=1--", "2025-13-45", "null", "%5B%5D", "x".repeat(1000), "%00", "true", "0", "2147483648",
            "\u00ff", "1.5", "%E2%80%AE", "%0d%0a" };
    private static final String[] QUERY_NAMES = { "limit", "offset", "page", "size", "cursor", "from", "to",
            "status", "groupBy", "format", "all", "vertical", "task", "tenantId", "q" };
    private static final String[] METHODS = { "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE",
            "FUZZ" };

    private final List<Endpoint> endpoints;
    private final Context context;
    private final long seed;

    FuzzCases(List<Endpoint> endpoints, Context context, long seed) {
        this.endpoints = endpoints;
        this.context = context;
        this.seed = seed;
    }

    Case generate(int number) {
        Random random = new Random(seed * 1_000_003L + number);
        Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
        Draft draft = new Draft(endpoint, random);
        int mutations = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            switch (random.nextInt(endpoint.takesBody() ? 6 : 4)) {
                case 0 -> draft.mutatePath();
                case 1 -> draft.mutateQuery();
                case 2 -> FuzzHeaders.mutate(draft, random);
                case 3 -> draft.mutateMethod();
                default -> draft.mutateBody();
            }
        }
        return new Case(number, endpoint, draft.mutations, draft.build());
    }

    /** A request being generated; {@link FuzzHeaders} changes its header list. */
    final class Draft {
        final Endpoint endpoint;
        final Random random;
        final List<String> mutations = new ArrayList<>();
        final List<Map.Entry<String, String>> headers = new ArrayList<>();
        String method;
        String path;
        final StringJoiner query = new StringJoiner("&");
        byte[] body;
        boolean chunked;

        Draft(Endpoint endpoint, Random random) {
            this.endpoint = endpoint;
            this.random = random;
            this.method = endpoint.method();
            this.path = fill(endpoint.template(), false);
            headers.add(new SimpleEntry<>("Authorization", "Bearer " + (endpoint.auth() == Auth.ADMIN
                    ? context.adminKey() : context.tenantKey())));
            headers.add(new SimpleEntry<>("Accept", "application/json"));
            if (endpoint.takesBody()) {
                headers.add(new SimpleEntry<>("Content-Type", "application/json"));
                body = endpoint.sample() == null ? "{}".getBytes(StandardCharsets.UTF_8)
                        : endpoint.sample().toString().getBytes(StandardCharsets.UTF_8);
            }
        }

        String adminKey() {
            return context.adminKey();
        }

        String tenantKey() {
            return context.tenantKey();
        }

        void set(String name, String value) {
            headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
            if (value != null) {
                headers.add(new SimpleEntry<>(name, value));
            }
        }

        void mutatePath() {
            if (random.nextInt(12) == 0) {
                path = path + "/" + RAW_TARGET_PARTS[random.nextInt(RAW_TARGET_PARTS.length)];
                mutations.add("raw-target");
                return;
            }
            if (!PLACEHOLDER.matcher(endpoint.template()).find() || random.nextInt(8) == 0) {
                String suffix = FuzzBodies.pick(random, "/", "/..", "/%2e%2e/%2e%2e/q/health", "//", "/x/y/z",
                        "/%27%20OR%201=1", ";jsessionid=1", "/\u00ff", "/%00", "/" + "b".repeat(3000));
                path = path + suffix;
                mutations.add("path-suffix");
                return;
            }
            path = fill(endpoint.template(), true);
            mutations.add("path-param");
        }

        void mutateQuery() {
            List<String> names = new ArrayList<>(endpoint.queryNames());
            names.add(QUERY_NAMES[random.nextInt(QUERY_NAMES.length)]);
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                query.add(names.get(random.nextInt(names.size())) + "=" + BAD_QUERY[random.nextInt(BAD_QUERY.length)]);
            }
            mutations.add("query");
        }

        void mutateMethod() {
            method = METHODS[random.nextInt(METHODS.length)];
            if (random.nextBoolean() && body == null) {
                body = "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8);
                set("Content-Type", "application/json");
            }
            mutations.add("method-" + method);
        }

        void mutateBody() {
            FuzzBodies.Body mutated = FuzzBodies.mutate(endpoint.sample(), random);
            body = mutated.bytes();
            chunked = body.length > 100_000 && random.nextBoolean();
            mutations.add("body-" + mutated.mutation() + (chunked ? "-chunked" : ""));
        }

        private String fill(String template, boolean malicious) {
            Matcher matcher = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String value = malicious && random.nextInt(3) != 0 ? BAD_IDS[random.nextInt(BAD_IDS.length)]
                        : valid(template, name);
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        private String valid(String template, String name) {
            List<String> values = context.values().getOrDefault(template + ":" + name,
                    context.values().get(name));
            if (values != null && !values.isEmpty()) {
                return values.get(random.nextInt(values.size()));
            }
            return name.equals("vertical") ? Verticals.ALL.get(random.nextInt(Verticals.ALL.size()))
                    : String.valueOf(1 + random.nextInt(20));
        }

        RawHttp.Request build() {
            String target = query.length() == 0 ? path : path + "?" + query;
            return new RawHttp.Request(method, target, List.copyOf(headers), body, chunked);
        }
    }
}
