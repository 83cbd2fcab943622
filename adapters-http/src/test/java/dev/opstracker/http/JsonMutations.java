package dev.opstracker.http;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.domain.testing.Gen;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bad input made from good: a valid JSON body with one member dropped or replaced by a hostile value
 * (null, a value of another type, a huge or odd string, NUL bytes, deep nesting, a number no field
 * holds), or its bytes broken (cut short, not UTF-8, not JSON). {@code scale} sets how large huge
 * things get: 1 for the ordinary build, larger for fuzzing.
 */
public final class JsonMutations {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Text that breaks naive handling: NUL and control bytes, a lone surrogate, right-to-left and zero-width marks, astral characters. */
    static final List<String> ODD_TEXT = List.of("\u0000", "a\u0000b", "\uD800", "\uDC00x", "\u202Etxt.exe", "\u200B", "😀🏳️‍🌈", "\r\n", "\t",
            "é", "\uFEFF", "\u2028", "'; DROP TABLE task; --", "<script>alert(1)</script>", "${jndi:ldap://x}", "%s%n", "../../etc/passwd",
            "\\", "\"", "1e100000000", "-0", "NaN", "true", "null", "  padded  ", "");

    /** One changed body: the bytes sent, and where and how they differ from the valid body. */
    public record Mutated(byte[] body, String path, String change) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Printable, so that a failure report shows it whole: every character outside printable ASCII as a Java escape. */
        @Override
        public String toString() {
            String text = text();
            String shown = text.length() > 400 ? text.substring(0, 400) + "...(" + text.length() + " chars)" : text;
            return printable("%s at '%s': %s".formatted(change, path, shown));
        }
    }

    private JsonMutations() {
    }

    /** {@code text} with every character outside printable ASCII written as a Java escape. */
    public static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> shown.append(c >= ' ' && c <= '~' ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return shown.toString();
    }

    /** A member of {@code valid} dropped or replaced, or its bytes broken; the valid body itself now and then. */
    public static Gen<Mutated> of(JsonNode valid, int scale) {
        List<List<Object>> paths = paths(valid);
        Gen<Mutated> replaced = Gen.combine(Gen.of(paths), hostile(scale), Gen.of(false, true),
                (path, value, escaped) -> new Mutated(bytes(replace(valid, path, value), escaped), name(path), "replaced by " + describe(value)));
        List<List<Object>> members = paths.subList(1, paths.size());
        Gen<Mutated> dropped = members.isEmpty() ? replaced
                : Gen.of(members).map(path -> new Mutated(bytes(replace(valid, path, null)), name(path), "dropped"));
        return Gen.frequency(
                Gen.weight(1, Gen.just(new Mutated(bytes(valid), "", "unchanged"))),
                Gen.weight(4, dropped),
                Gen.weight(8, replaced),
                Gen.weight(2, broken(bytes(valid), scale)));
    }

    /** Values no field expects: another type, huge, odd, deeply nested. */
    public static Gen<JsonNode> hostile(int scale) {
        return Gen.oneOf(
                Gen.<JsonNode>of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE),
                        NODES.numberNode(1.5e300), NODES.numberNode(new BigDecimal("1e100000000")), NODES.numberNode(new BigDecimal("-1e-100000000")),
                        NODES.arrayNode(), NODES.objectNode(), NODES.textNode("")),
                Gen.of(ODD_TEXT).map(NODES::textNode),
                Gen.anyStrings(0, 40).map(NODES::textNode),
                Gen.ints(1, 20_000 * scale).map(length -> NODES.textNode("x".repeat(length))),
                Gen.ints(2, Math.min(40 * scale, 900)).map(JsonMutations::nested),
                Gen.of(ODD_TEXT).list(4).map(JsonMutations::textArray),
                Gen.of(ODD_TEXT).map(text -> {
                    ObjectNode object = NODES.objectNode();
                    object.put(text, text);
                    return object;
                }));
    }

    /** Bytes that are no JSON document: cut short, with invalid UTF-8, deeply nested, random. */
    public static Gen<Mutated> broken(byte[] valid, int scale) {
        return Gen.oneOf(
                Gen.ints(0, Math.max(0, valid.length - 1)).map(end -> new Mutated(Arrays.copyOf(valid, end), "", "cut short")),
                Gen.ints(0, Math.max(0, valid.length - 1)).map(at -> {
                    byte[] changed = valid.clone();
                    changed[at] = (byte) 0xC3;
                    return new Mutated(changed, "", "invalid UTF-8");
                }),
                Gen.of(600, 1_500, 3_000 * scale).map(depth -> new Mutated(("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8),
                        "", "nested " + depth + " deep")),
                Gen.of("", " ", "null", "[]", "[null]", "\"text\"", "42", "{", "{\"a\":", "{}{}", "{} trailing", "{\"a\":1,\"a\":2}", "\u0000", "{\"\u0000\":0}")
                        .map(text -> new Mutated(text.getBytes(StandardCharsets.UTF_8), "", "not an object")),
                Gen.bytes(0, 60 * scale).map(bytes -> new Mutated(bytes, "", "random bytes")));
    }

    /** Every member and element of a tree, by its path from the root (the root itself is the empty path). */
    public static List<List<Object>> paths(JsonNode node) {
        List<List<Object>> paths = new ArrayList<>();
        collect(node, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
        paths.add(List.copyOf(path));
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                path.add(name);
                collect(node.get(name), path, paths);
                path.removeLast();
            });
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                path.add(index);
                collect(node.get(index), path, paths);
                path.removeLast();
            }
        }
    }

    /** A copy of {@code root} with the node at {@code path} replaced by {@code value}, or removed when it is null. */
    public static JsonNode replace(JsonNode root, List<Object> path, JsonNode value) {
        if (path.isEmpty()) {
            return value == null ? NODES.missingNode() : value;
        }
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.getLast();
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove((Integer) last);
            } else {
                array.set((Integer) last, value);
            }
        }
        return copy;
    }

    /** {@code alerts[0].labels.team}: how the API names a member in its problems. */
    public static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    public static byte[] bytes(JsonNode node) {
        return bytes(node, false);
    }

    /** The JSON text of {@code node} in UTF-8; {@code escaped} writes every non-ASCII character as {@code \\uXXXX}, a lone surrogate among them. */
    public static byte[] bytes(JsonNode node, boolean escaped) {
        if (node.isMissingNode()) {
            return new byte[0];
        }
        try {
            return escaped ? MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsBytes(node) : MAPPER.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.textNode("deep");
        for (int level = 0; level < depth; level++) {
            if (level % 2 == 0) {
                node = NODES.arrayNode().add(node);
            } else {
                ObjectNode object = NODES.objectNode();
                object.set("a", node);
                node = object;
            }
        }
        return node;
    }

    private static JsonNode textArray(List<String> texts) {
        ArrayNode array = NODES.arrayNode();
        texts.forEach(array::add);
        return array;
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? value.getNodeType().name().toLowerCase(Locale.ROOT) + " of " + text.length() + " chars" : text;
    }
}
