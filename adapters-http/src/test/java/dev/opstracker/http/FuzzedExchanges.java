package dev.opstracker.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opstracker.http.BodyRoutes.BodyRoute;
import dev.opstracker.http.HttpExchanges.Exchange;
import dev.opstracker.http.JsonMutations.Mutated;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Requests made from a fuzzer's bytes: a route of {@link #routes}, then for a route that reads a body
 * a media type, an {@code If-Match}, path values and a body, and for a GET a query string.
 *
 * <p>Choices are read from the end of the data and the body or text from its start, as
 * {@link FuzzedDataProvider} does, so a saved input reads as it is: a body followed by one byte per
 * choice, the route's index last. A body is the remaining bytes as they are, the route's valid body
 * with a member replaced, dropped or grown huge, bytes spliced into the valid body, or one of
 * {@link JsonMutations} at fuzzing scale from a seed the fuzzer chose.
 */
final class FuzzedExchanges {

    /** How much larger than in the property tests generated huge strings, deep nesting and random bytes get. */
    private static final int SCALE = 50;
    /** Past every limit but the imports' and uploads': a 413 must answer these. */
    private static final int HUGE = 2 * 1024 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> MEDIA_TYPES = List.of("(the route's JSON)", "text/csv", "(none)", "text/plain", "application/json; charset=utf-8",
            "APPLICATION/JSON", "multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "a/b/c",
            ";", "application/merge-patch+json", "application/problem+json");
    private static final List<String> IF_MATCH = List.of("(none)", "\"1\"", "\"2\"", "*", "\"abc\"", "W/\"1\"", "\"99999999999999999999\"", "\"-1\"", "1");
    private static final List<String> PARAMETERS = List.of("{id}", "{slug}", "{code}", "{client}");

    private final List<BodyRoute> bodyRoutes;
    private final List<String> reads;

    /** {@code reads} are the server's GET routes as {@code GET /path}. */
    FuzzedExchanges(List<BodyRoute> bodyRoutes, List<String> reads) {
        this.bodyRoutes = List.copyOf(bodyRoutes);
        this.reads = List.copyOf(reads);
    }

    /** The route's index counts the body routes first, then the GET routes, each in the order given. */
    Exchange from(FuzzedDataProvider data) {
        int route = data.consumeInt(0, bodyRoutes.size() + reads.size() - 1);
        return route < bodyRoutes.size() ? toBodyRoute(bodyRoutes.get(route), data) : query(reads.get(route - bodyRoutes.size()), data);
    }

    private Exchange toBodyRoute(BodyRoute route, FuzzedDataProvider data) {
        String mediaType = switch (data.pickValue(MEDIA_TYPES)) {
            case "(the route's JSON)" -> route.method().equals("PATCH") ? "application/merge-patch+json" : "application/json";
            case "(none)" -> null;
            case String other -> other;
        };
        String ifMatch = data.pickValue(IF_MATCH);
        String path = path(route.path(), data);
        Mutated body = body(route.template(), data);
        return new Exchange(route.method(), route.key(), path, mediaType, ifMatch.equals("(none)") ? null : ifMatch, body);
    }

    private static Mutated body(JsonNode template, FuzzedDataProvider data) {
        byte[] valid = JsonMutations.bytes(template);
        return switch (data.consumeInt(0, 3)) {
            case 0 -> new Mutated(data.consumeRemainingAsBytes(), "", "fuzzed bytes");
            case 1 -> member(template, data);
            case 2 -> {
                int at = data.consumeInt(0, valid.length);
                byte[] piece = data.consumeRemainingAsBytes();
                byte[] spliced = Arrays.copyOf(valid, valid.length + piece.length);
                System.arraycopy(piece, 0, spliced, at, piece.length);
                System.arraycopy(valid, at, spliced, at + piece.length, valid.length - at);
                yield new Mutated(spliced, "", "fuzzed bytes spliced at " + at);
            }
            default -> JsonMutations.of(template, SCALE).next(new SplittableRandom(data.consumeLong()));
        };
    }

    /** The valid body with one member dropped or replaced by a value the fuzzer chose. */
    private static Mutated member(JsonNode template, FuzzedDataProvider data) {
        List<List<Object>> paths = JsonMutations.paths(template);
        List<Object> path = paths.get(data.consumeInt(0, paths.size() - 1));
        JsonNode value = switch (data.consumeInt(0, 5)) {
            case 0 -> null;
            case 1 -> NODES.numberNode(data.consumeLong());
            case 2 -> NODES.numberNode(data.consumeDouble());
            case 3 -> NODES.textNode("x".repeat(data.consumeInt(1, HUGE)));
            case 4 -> JsonMutations.hostile(SCALE).next(new SplittableRandom(data.consumeLong()));
            default -> NODES.textNode(data.consumeRemainingAsString());
        };
        String change = value == null ? "dropped" : "replaced by a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
        return new Mutated(JsonMutations.bytes(JsonMutations.replace(template, path, value), data.consumeBoolean()), JsonMutations.name(path), change);
    }

    /** A GET with up to six parameters, known and unknown, holding listed or fuzzed values. */
    private static Exchange query(String route, FuzzedDataProvider data) {
        String path = path(route.substring(route.indexOf(' ') + 1), data);
        int count = data.consumeInt(0, 6);
        List<String> pairs = new ArrayList<>();
        for (int pair = 0; pair < count; pair++) {
            String name = data.pickValue(BodyRoutes.QUERY_NAMES);
            String value = data.consumeBoolean() ? data.pickValue(BodyRoutes.QUERY_VALUES)
                    : URLEncoder.encode(data.consumeString(200), StandardCharsets.UTF_8);
            pairs.add(name + "=" + value);
        }
        String query = String.join("&", pairs);
        return new Exchange("GET", route, query.isEmpty() ? path : path + "?" + query, null, null, new Mutated(new byte[0], "", "no body"));
    }

    /** Each path parameter replaced by one of the values {@link BodyRoutes#PATH_VALUES} gives it. */
    private static String path(String declared, FuzzedDataProvider data) {
        String path = declared;
        for (String parameter : PARAMETERS) {
            if (declared.contains(parameter)) {
                path = path.replace(parameter, data.pickValue(BodyRoutes.PATH_VALUES.get(parameter)));
            }
        }
        return path;
    }
}
