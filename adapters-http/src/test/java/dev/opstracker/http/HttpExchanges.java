package dev.opstracker.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.http.BodyRoutes.BodyRoute;
import dev.opstracker.http.JsonMutations.Mutated;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests to the routes that read a body, changed for the worse in body, media type, path and
 * {@code If-Match}, and the one requirement on every answer: no 5xx, no stack trace or internal name,
 * and a 4xx is a problem that says what was wrong.
 */
public final class HttpExchanges {

    /** Stack frames, exception class names and the packages of OpsTracker and its libraries never reach a client. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\bat [\\w.$]+\\(|Exception\\b|Error:|\\bdev\\.opstracker\\.|\\bjava\\.(lang|util|io)\\.|\\bcom\\.fasterxml\\.|\\bio\\.javalin\\.|\\borg\\.eclipse\\."
                    + "|\\bjakarta\\.");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> ODD_MEDIA_TYPES = List.of("text/plain", "application/json; charset=utf-8", "APPLICATION/JSON", "text/csv",
            "multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "a/b/c", ";",
            "application/merge-patch+json", "application/problem+json");
    private static final List<String> IF_MATCH = List.of("\"1\"", "\"2\"", "\"3\"", "*", "\"abc\"", "W/\"1\"", "\"99999999999999999999\"", "\"-1\"", "1");

    /** One request: where it goes, what it says it sends, and the body. A null media type or If-Match is not sent. */
    public record Exchange(String method, String route, String path, String mediaType, String ifMatch, Mutated body) {

        @Override
        public String toString() {
            return JsonMutations.printable("%s %s (route %s) Content-Type: %s If-Match: %s body %s".formatted(method, path, route, mediaType, ifMatch, body));
        }
    }

    /** What came back. */
    public record Reply(int status, String mediaType, String body) {
    }

    private HttpExchanges() {
    }

    /** Requests to {@code route}, each a little wrong or very wrong; {@code scale} sets how large huge things get. */
    public static Arbitrary<Exchange> to(BodyRoute route, int scale) {
        boolean csv = route.path().endsWith(":bulk");
        String json = route.method().equals("PATCH") ? "application/merge-patch+json" : "application/json";
        Arbitrary<String> mediaType = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(json)), Tuple.of(csv ? 6 : 0, Arbitraries.just("text/csv")),
                Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(2, Arbitraries.of(ODD_MEDIA_TYPES)));
        Arbitrary<String> ifMatch = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(IF_MATCH)), Tuple.of(1, Arbitraries.just((String) null)));
        return Combinators.combine(path(route.path()), mediaType, ifMatch).flatAs((path, type, match) -> {
            Arbitrary<Mutated> body = "text/csv".equals(type) && csv ? csv(scale) : JsonMutations.of(route.template(), scale);
            return body.map(mutated -> new Exchange(route.method(), route.key(), path, type, match, mutated));
        });
    }

    /**
     * GETs of {@code route} (declared as {@code GET /path}) with a query string of known and unknown
     * parameters, repeated or not, holding odd values (the JDK client sends no broken percent escape).
     */
    public static Arbitrary<Exchange> queries(String route, int scale) {
        String declared = route.substring(route.indexOf(' ') + 1);
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(BodyRoutes.QUERY_VALUES),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20 * scale).map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8)));
        Arbitrary<String> query = Combinators.combine(Arbitraries.of(BodyRoutes.QUERY_NAMES), value).as((name, text) -> name + "=" + text)
                .list().ofMaxSize(6).map(pairs -> String.join("&", pairs));
        Mutated none = new Mutated(new byte[0], "", "no body");
        return Combinators.combine(path(declared), query)
                .as((path, parameters) -> new Exchange("GET", route, parameters.isEmpty() ? path : path + "?" + parameters, null, null, none));
    }

    /** The route's path with each parameter replaced by a value of {@link BodyRoutes#PATH_VALUES}. */
    private static Arbitrary<String> path(String declared) {
        Arbitrary<String> path = Arbitraries.just(declared);
        for (Map.Entry<String, List<String>> parameter : BodyRoutes.PATH_VALUES.entrySet()) {
            if (declared.contains(parameter.getKey())) {
                path = path.flatMap(partial -> Arbitraries.of(parameter.getValue()).map(value -> partial.replace(parameter.getKey(), value)));
            }
        }
        return path;
    }

    /** The inventory CSV with a piece of hostile text spliced in somewhere, or text that is no inventory at all. */
    private static Arbitrary<Mutated> csv(int scale) {
        String valid = BodyRoutes.INVENTORY_CSV;
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("\"", ",", "\n", "\r", "\u0000", ";", "=", "\"\"", ",,,,,,", "\uD800", "/", "\uFEFF",
                "path,kind,provider,external_id,tags\n", "a".repeat(300)), Arbitraries.strings().all().ofMaxLength(20 * scale));
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, valid.length()), piece)
                        .as((at, text) -> mutated(valid.substring(0, at) + text + valid.substring(at), "csv spliced at " + at)),
                Arbitraries.integers().between(1, 200 * scale).map(rows -> mutated(valid + "x/y,service,aws,,k=v\n".repeat(rows), rows + " more rows")),
                Arbitraries.strings().all().ofMaxLength(100 * scale).map(text -> mutated(text, "random text")));
    }

    private static Mutated mutated(String text, String change) {
        return new Mutated(text.getBytes(StandardCharsets.UTF_8), "", change);
    }

    /**
     * Sends {@code exchange} with {@code token} and waits at most ten seconds for the whole answer. A
     * request that finds its pooled connection closed by the server (after an answer given before a
     * large body was read) goes once more on a connection of its own; no answer then is a failure.
     */
    public static Reply send(HttpClient client, URI base, String token, Exchange exchange) {
        try {
            return sendOnce(client, base, token, exchange);
        } catch (IOException first) {
            try (HttpClient fresh = HttpClient.newHttpClient()) {
                return sendOnce(fresh, base, token, exchange);
            } catch (IOException again) {
                again.addSuppressed(first);
                throw new UncheckedIOException("no answer (%s) to %s".formatted(again, exchange), again);
            }
        }
    }

    private static Reply sendOnce(HttpClient client, URI base, String token, Exchange exchange) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(exchange.path())).timeout(Duration.ofSeconds(10))
                .method(exchange.method(), HttpRequest.BodyPublishers.ofByteArray(exchange.body().body()))
                .header("Authorization", "Bearer " + token);
        if (exchange.mediaType() != null) {
            request.header("Content-Type", exchange.mediaType());
        }
        if (exchange.ifMatch() != null) {
            request.header("If-Match", exchange.ifMatch());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending " + exchange, interrupted);
        }
    }

    /**
     * The requirement on every answer: below 500, no internals, and a 4xx is a problem naming what was
     * wrong. A failure's message starts with what kind of failure it is, such as {@code 500} or {@code internals}.
     */
    public static void check(Exchange exchange, Reply reply) {
        String failure = failure(reply);
        if (failure != null) {
            String shown = JsonMutations.printable(reply.body().length() > 2_000 ? reply.body().substring(0, 2_000) + "..." : reply.body());
            throw new AssertionError("%s%n  request: %s%n  answer: %d %s %s".formatted(failure, exchange, reply.status(), reply.mediaType(), shown));
        }
    }

    private static String failure(Reply reply) {
        if (reply.status() >= 500) {
            return "answered " + reply.status();
        }
        if (INTERNALS.matcher(reply.body()).find()) {
            return "answered with internals";
        }
        if (reply.status() < 400) {
            return null;
        }
        if (!reply.mediaType().startsWith("application/problem+json")) {
            return "answered %d as %s, not as a problem".formatted(reply.status(), reply.mediaType());
        }
        JsonNode problem = json(reply.body());
        if (problem == null || problem.path("status").asInt() != reply.status() || problem.path("detail").asText("").isBlank()) {
            return "answered %d with a problem without status or detail".formatted(reply.status());
        }
        return null;
    }

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
