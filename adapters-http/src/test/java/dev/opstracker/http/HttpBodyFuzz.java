package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.BodyRoutes.BodyRoute;
import dev.opstracker.http.HttpExchanges.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tag;

/**
 * The fuzz run ({@code mvn -Pfuzz verify -pl adapters-http -am}): for about {@code -Dfuzz.seconds}
 * (180 by default), large generated bodies go to every route that reads one, and long query strings to
 * every GET route, in turn, and every answer must be a 2xx or a 4xx problem, never a 5xx or a stack trace. It prints the inputs tried per route,
 * and each distinct failure with its input, kept under {@code target/fuzz-failures/}; {@code
 * -Dfuzz.seed} repeats a run. A failure found here becomes a plain regression test with the literal input.
 */
@Tag("fuzz")
class HttpBodyFuzz {

    /** How much larger than in the ordinary build huge strings, deep nesting and random bytes get. */
    private static final int SCALE = 50;
    private static final int GEN_SIZE = 1_000;

    @Example
    void largeGeneratedBodiesAndQueryStringsOnEveryRouteAreAnsweredWithoutA500OrAStackTrace() throws IOException {
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 180));
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        Random random = new Random(seed);
        Map<String, Integer> tried = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        try (RunningApi api = RunningApi.start()) {
            String token = api.issueNamed("fuzzer", Scope.values());
            ApiFixtures.arrange(api, token);
            HttpClient client = HttpClient.newHttpClient();
            List<String> routes = new ArrayList<>();
            List<RandomGenerator<Exchange>> generators = new ArrayList<>();
            for (BodyRoute route : BodyRoutes.all()) {
                routes.add(route.key());
                generators.add(HttpExchanges.to(route, SCALE).generator(GEN_SIZE));
            }
            for (String route : api.server().routes().stream().filter(route -> route.startsWith("GET ")).toList()) {
                routes.add(route);
                generators.add(HttpExchanges.queries(route, SCALE).generator(GEN_SIZE));
            }
            long deadline = System.nanoTime() + budget.toNanos();
            for (int turn = 0; System.nanoTime() < deadline; turn++) {
                int index = turn % routes.size();
                Exchange exchange = generators.get(index).next(random).value();
                tried.merge(routes.get(index), 1, Integer::sum);
                try {
                    HttpExchanges.check(exchange, HttpExchanges.send(client, api.uri("/"), token, exchange));
                } catch (AssertionError | UncheckedIOException failed) {
                    failures.putIfAbsent(kind(exchange, failed), save(failures.size() + 1, exchange) + "\n    " + firstLine(failed));
                }
            }
        }
        report(budget, seed, tried, failures);
        assertThat(failures).as("distinct failures; inputs under target/fuzz-failures/").isEmpty();
    }

    /** Failures of one route of the same kind ({@code answered 500}, {@code answered with internals} ...) count once. */
    private static String kind(Exchange exchange, Throwable failed) {
        return exchange.route() + " | " + String.valueOf(failed.getMessage()).lines().findFirst().orElse("");
    }

    private static String firstLine(Throwable failed) {
        String message = String.valueOf(failed.getMessage()).strip();
        return message.length() > 1_200 ? message.substring(0, 1_200) + "..." : message;
    }

    /** Keeps the body's exact bytes for a regression test; returns the exchange as text. */
    private static String save(int number, Exchange exchange) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "fuzz-failures"));
        Files.write(directory.resolve(number + ".body"), exchange.body().body());
        return "#" + number + " " + exchange;
    }

    private static void report(Duration budget, long seed, Map<String, Integer> tried, Map<String, String> failures) {
        StringBuilder table = new StringBuilder("%nFuzzed the HTTP API for %d s (seed %d, -Dfuzz.seed to repeat): %,d inputs%n"
                .formatted(budget.toSeconds(), seed, tried.values().stream().mapToInt(Integer::intValue).sum()));
        tried.forEach((route, count) -> table.append("  %,8d  %s%n".formatted(count, route)));
        table.append("%d distinct failures%n".formatted(failures.size()));
        failures.forEach((kind, example) -> table.append("  %s%n    %s%n".formatted(kind, example)));
        System.out.println(table);
    }
}
