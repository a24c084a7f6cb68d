package org.aigc.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/** Malformed request bodies, each derived from a valid sample so that most of it still looks right. */
final class FuzzBodies {

    /** A body and the name of the mutation that made it. */
    record Body(String mutation, byte[] bytes) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int[] HUGE = { 1_000, 10_000, 100_000, 250_000, 300_000, 1_200_000 };

    private FuzzBodies() {
    }

    static Body mutate(JsonNode sample, Random random) {
        JsonNode base = sample == null ? NODES.objectNode() : sample.deepCopy();
        return switch (random.nextInt(14)) {
            case 0 -> tree("wrong-type", replaceLeaf(base, oddValue(random), random));
            case 1 -> tree("null-field", replaceLeaf(base, NODES.nullNode(), random));
            case 2 -> tree("missing-field", removeField(base, random));
            case 3 -> tree("extra-fields", extraFields(base, random));
            case 4 -> hugeString(base, random);
            case 5 -> deepNesting(base, random);
            case 6 -> invalidUtf8(base, random);
            case 7 -> truncated(base, random);
            case 8 -> text("not-json", pick(random, "hello", "<xml><a>1</a></xml>", "a=1&b=2", "{'a':'b'}",
                    "{\"a\":1,}", "{\"a\":NaN}", "/* c */ {}", "\uFEFF{}", "{\"a\":1}{\"b\":2}", "{\"a\"", "]", "\0\0\0"));
            case 9 -> text("non-object", pick(random, "[]", "null", "123", "\"text\"", "true", "[{}]", "-0", "1e999"));
            case 10 -> new Body("empty", new byte[0]);
            case 11 -> text("duplicate-keys", duplicateKeys(base));
            case 12 -> text("escapes", base.toString().replaceFirst("\"([^\"]*)\"\\s*:\\s*\"", "\"$1\":\"\\\\ud800\\\\u0000\\\\uZZZZ"));
            default -> text("huge-number", base.toString().replaceFirst(":\\s*(\\d+|\"[^\"]*\")",
                    ":" + pick(random, "1e400", "-1e400", "9".repeat(1000), "0." + "0".repeat(500) + "1", "-0.0")));
        };
    }

    /** Something of a type a field rarely expects. */
    static JsonNode oddValue(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.numberNode(random.nextInt());
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.numberNode(1.5);
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.textNode(pick(random, "", " ", "'; DROP TABLE jobs;--", "\u202Eevil", "😀".repeat(50),
                    "2025-13-45", "NaN", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "\u0000"));
            case 5 -> NODES.arrayNode().add(1).add("two").addNull();
            case 6 -> NODES.objectNode().set("nested", NODES.objectNode().put("deeper", 1));
            case 7 -> NODES.numberNode(new BigInteger("9".repeat(40)));
            case 8 -> NODES.numberNode(Double.MAX_VALUE);
            case 9 -> NODES.numberNode(Long.MIN_VALUE);
            case 10 -> NODES.arrayNode();
            default -> NODES.objectNode();
        };
    }

    private static Body tree(String mutation, JsonNode node) {
        return text(mutation, node.toString());
    }

    private static Body text(String mutation, String text) {
        return new Body(mutation, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces a random leaf (or the whole value of a random field, at any depth) by {@code value}. */
    private static JsonNode replaceLeaf(JsonNode root, JsonNode value, Random random) {
        List<ObjectNode> parents = new ArrayList<>();
        collectObjects(root, parents);
        if (parents.isEmpty() || parents.stream().allMatch(JsonNode::isEmpty)) {
            return root.isObject() ? ((ObjectNode) root).set("field", value) : value;
        }
        ObjectNode parent;
        do {
            parent = parents.get(random.nextInt(parents.size()));
        } while (parent.isEmpty());
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        parent.set(names.get(random.nextInt(names.size())), value);
        return root;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node.isObject()) {
            into.add((ObjectNode) node);
        }
        node.elements().forEachRemaining(child -> collectObjects(child, into));
    }

    private static JsonNode removeField(JsonNode root, Random random) {
        if (root.isObject() && !root.isEmpty()) {
            List<String> names = new ArrayList<>();
            root.fieldNames().forEachRemaining(names::add);
            ((ObjectNode) root).remove(names.get(random.nextInt(names.size())));
        }
        return root;
    }

    private static JsonNode extraFields(JsonNode root, Random random) {
        if (!root.isObject()) {
            return root;
        }
        ObjectNode object = (ObjectNode) root;
        object.put("tenantId", "someone-else").put("id", 1).put("__proto__", "x").set("status", oddValue(random));
        for (int i = random.nextInt(50); i > 0; i--) {
            object.set("extra" + i, oddValue(random));
        }
        return object;
    }

    private static Body hugeString(JsonNode root, Random random) {
        int size = HUGE[random.nextInt(HUGE.length)];
        String unit = pick(random, "a", "é", "😀", "\\u0000", "<b>", "' OR 1=1 --");
        String huge = unit.repeat(Math.max(1, size / unit.length()));
        String marker = "\"__huge__\"";
        String json = replaceLeaf(root, NODES.textNode("__huge__"), random).toString();
        return text("huge-string-" + size, json.replace(marker, "\"" + huge + "\""));
    }

    private static Body deepNesting(JsonNode root, Random random) {
        int depth = pickInt(random, 1_000, 5_000, 10_000, 50_000);
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        if (random.nextBoolean()) {
            return text("deep-nesting-" + depth, nested);
        }
        String json = replaceLeaf(root, NODES.textNode("__deep__"), random).toString();
        return text("deep-nesting-field-" + depth, json.replace("\"__deep__\"", nested));
    }

    private static Body invalidUtf8(JsonNode root, Random random) {
        byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
        byte[][] bad = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                { (byte) 0x80 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, { (byte) 0xC0, (byte) 0xAF } };
        int quote = -1;
        for (int i = 0; i < json.length; i++) {
            if (json[i] == '"' && random.nextInt(3) == 0) {
                quote = i;
                break;
            }
        }
        int at = quote < 0 ? random.nextInt(json.length + 1) : quote + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, at);
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(json, at, json.length - at);
        return new Body("invalid-utf8", out.toByteArray());
    }

    private static Body truncated(JsonNode root, Random random) {
        String json = root.toString();
        return text("truncated", json.substring(0, json.isEmpty() ? 0 : random.nextInt(json.length())));
    }

    private static String duplicateKeys(JsonNode root) {
        Iterator<String> names = root.fieldNames();
        if (!names.hasNext()) {
            return "{\"a\":1,\"a\":\"x\"}";
        }
        String name = names.next();
        String json = root.toString();
        return json.substring(0, json.length() - 1) + ",\"" + name + "\":{\"dup\":[1]}}";
    }

    @SafeVarargs
    static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    static int pickInt(Random random, int... values) {
        return values[random.nextInt(values.length)];
    }
}
