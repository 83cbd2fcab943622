package dev.opstracker.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.http.BodyRoutes.BodyRoute;
import dev.opstracker.http.JsonMutations.Mutated;
import dev.opstracker.http.limit.BodyLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests to the routes that read a body, changed for the worse in body, media type, path and
 * {@code If-Match}, and the one requirement on every answer: no 5xx, no stack trace or internal name,
 * a 413 for a body over its route's limit, and a 4xx is a problem that says what was wrong.
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
    private static final String PRINTABLE_ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
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
    public static Gen<Exchange> to(BodyRoute route, int scale) {
        boolean csv = route.path().endsWith(":bulk");
        String json = route.method().equals("PATCH") ? "application/merge-patch+json" : "application/json";
        Gen<String> mediaType = csv
                ? Gen.frequency(Gen.weight(12, Gen.just(json)), Gen.weight(6, Gen.just("text/csv")), Gen.weight(1, Gen.just((String) null)),
                        Gen.weight(2, Gen.of(ODD_MEDIA_TYPES)))
                : Gen.frequency(Gen.weight(12, Gen.just(json)), Gen.weight(1, Gen.just((String) null)), Gen.weight(2, Gen.of(ODD_MEDIA_TYPES)));
        Gen<String> ifMatch = Gen.frequency(Gen.weight(3, Gen.of(IF_MATCH)), Gen.weight(1, Gen.just((String) null)));
        Gen<Mutated> csvBody = csv(scale);
        Gen<Mutated> jsonBody = JsonMutations.of(route.template(), scale);
        return random -> {
            String path = path(route.path()).next(random);
            String type = mediaType.next(random);
            String match = ifMatch.next(random);
            Mutated body = ("text/csv".equals(type) && csv ? csvBody : jsonBody).next(random);
            return new Exchange(route.method(), route.key(), path, type, match, body);
        };
    }

    /**
     * GETs of {@code route} (declared as {@code GET /path}) with a query string of known and unknown
     * parameters, repeated or not, holding odd values (the JDK client sends no broken percent escape).
     */
    public static Gen<Exchange> queries(String route, int scale) {
        String declared = route.substring(route.indexOf(' ') + 1);
        Gen<String> value = Gen.oneOf(Gen.of(BodyRoutes.QUERY_VALUES),
                Gen.strings(PRINTABLE_ASCII, 0, 20 * scale).map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8)));
        Gen<String> query = Gen.combine(Gen.of(BodyRoutes.QUERY_NAMES), value, (name, text) -> name + "=" + text).joined("&", 0, 6);
        Mutated none = new Mutated(new byte[0], "", "no body");
        return Gen.combine(path(declared), query,
                (path, parameters) -> new Exchange("GET", route, parameters.isEmpty() ? path : path + "?" + parameters, null, null, none));
    }

    /** The route's path with each parameter replaced by a value of {@link BodyRoutes#PATH_VALUES}. */
    private static Gen<String> path(String declared) {
        return random -> {
            String path = declared;
            // In a fixed order, so that a seed picks the same values every run.
            for (String parameter : List.of("{id}", "{slug}", "{code}", "{client}")) {
                if (declared.contains(parameter)) {
                    path = path.replace(parameter, Gen.of(BodyRoutes.PATH_VALUES.get(parameter)).next(random));
                }
            }
            return path;
        };
    }

    /** The inventory CSV with a piece of hostile text spliced in somewhere, or text that is no inventory at all. */
    private static Gen<Mutated> csv(int scale) {
        String valid = BodyRoutes.INVENTORY_CSV;
        Gen<String> piece = Gen.oneOf(Gen.of("\"", ",", "\n", "\r", "\u0000", ";", "=", "\"\"", ",,,,,,", "\uD800", "/", "\uFEFF",
                "path,kind,provider,external_id,tags\n", "a".repeat(300)), Gen.anyStrings(0, 20 * scale));
        return Gen.oneOf(
                Gen.combine(Gen.ints(0, valid.length()), piece,
                        (at, text) -> mutated(valid.substring(0, at) + text + valid.substring(at), "csv spliced at " + at)),
                Gen.ints(1, 200 * scale).map(rows -> mutated(valid + "x/y,service,aws,,k=v\n".repeat(rows), rows + " more rows")),
                Gen.anyStrings(0, 100 * scale).map(text -> mutated(text, "random text")));
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
     * The requirement on every answer: below 500, no internals in an error, 413 for a body over its
     * route's limit, and a 4xx is a problem naming what was wrong. A failure's message starts with
     * what kind of failure it is, such as {@code answered 500} or {@code answered with internals}.
     */
    public static void check(Exchange exchange, Reply reply) {
        String failure = failure(exchange, reply);
        if (failure != null) {
            String shown = JsonMutations.printable(reply.body().length() > 2_000 ? reply.body().substring(0, 2_000) + "..." : reply.body());
            throw new AssertionError("%s%n  request: %s%n  answer: %d %s %s".formatted(failure, exchange, reply.status(), reply.mediaType(), shown));
        }
    }

    private static String failure(Exchange exchange, Reply reply) {
        if (reply.status() >= 500) {
            return "answered " + reply.status();
        }
        BodyLimits.Limit limit = limit(exchange);
        // Jetty refuses a request it cannot read (an encoded NUL in the path) before any route or limit applies.
        boolean refusedByJetty = reply.status() == 400 && reply.body().contains("\"the request could not be read");
        if (exchange.body().body().length > limit.bytes() && reply.status() != 413 && !refusedByJetty) {
            return "answered %d to a body of %d bytes, over the limit of %d for %s, not 413".formatted(reply.status(), exchange.body().body().length,
                    limit.bytes(), limit.routes());
        }
        if (internals(exchange, reply)) {
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

    /**
     * Internals in an error answer that the request did not send itself: a problem may quote the
     * client's own words (an unknown token). A success is not searched: it gives back what clients
     * stored (a dead letter's body), and a fuzzer stores any word there.
     */
    private static boolean internals(Exchange exchange, Reply reply) {
        if (reply.status() < 400) {
            return false;
        }
        String sent = exchange.path() + "\n" + decoded(exchange.path()) + "\n" + exchange.body().text();
        Matcher found = INTERNALS.matcher(reply.body());
        while (found.find()) {
            if (!sent.contains(found.group())) {
                return true;
            }
        }
        return false;
    }

    /** The path and query as the server reads them, percent escapes decoded; as sent when an escape is broken. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException broken) {
            return path;
        }
    }

    /** The limit the test servers (default body limits) hold {@code exchange}'s body to. */
    static BodyLimits.Limit limit(Exchange exchange) {
        String path = exchange.path().contains("?") ? exchange.path().substring(0, exchange.path().indexOf('?')) : exchange.path();
        return BodyLimits.DEFAULT.of(exchange.method(), path, exchange.mediaType());
    }

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
