package dev.opstracker.http;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.HttpExchanges.Exchange;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The HTTP API under Jazzer: requests made from the fuzzer's bytes by {@link FuzzedExchanges} (any
 * route, a body changed from the route's valid one or none at all, odd media types, path values and
 * query strings, bodies past the route's limit) go to a real server, and every answer must be a 2xx
 * or a 4xx problem ({@link HttpExchanges#check}): never a 5xx, a stack trace or an error that is not
 * problem+json, and 413 for a body over its route's limit.
 *
 * <p>The ordinary build replays the inputs under {@code HttpBodyFuzzTestInputs/<method>/} in the
 * test resources: the seeds and every finding kept as a regression input. {@code mvn -Pfuzz verify
 * -pl adapters-http -am} fuzzes for {@code -Dfuzz.seconds} (180 by default) with coverage of
 * {@code dev.opstracker.**}; a finding is written to that directory and fails the run.
 */
class HttpBodyFuzzTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static RunningApi api;
    private static String token;
    private static FuzzedExchanges exchanges;

    @BeforeAll
    static void start() {
        api = RunningApi.startWithoutRateLimits();
        token = api.issueNamed("fuzzer", Scope.values());
        ApiFixtures.arrange(api, token);
        exchanges = new FuzzedExchanges(BodyRoutes.all(), api.server().routeKeys().stream().filter(route -> route.startsWith("GET ")).toList());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @FuzzTest(maxDuration = "180s")
    void anyRequestOnAnyRouteIsAnsweredWithASuccessOrAProblemAndNeverA500OrAStackTrace(FuzzedDataProvider data) {
        Exchange exchange = exchanges.from(data);

        // Jazzer's SSRF detector reports every connection a fuzz test opens; the test's own server is the one it may reach.
        try (SilentCloseable ownServerOnly = BugDetectors.allowNetworkConnections(HttpBodyFuzzTest::ownServer)) {
            HttpExchanges.check(exchange, HttpExchanges.send(CLIENT, api.uri("/"), token, exchange));
        } catch (UncheckedIOException noAnswer) {
            if (!refusedByJettyWhileSending(exchange)) {
                throw noAnswer;
            }
        }
    }

    /**
     * Jetty refuses a path it cannot read (an encoded NUL or slash) before it reads the body, and
     * closes the connection; with a body larger than the socket buffers still being sent, the close
     * resets the connection and the client may lose the 400 (Jetty's own refusal, which no handler of
     * ours sees; {@code FoundByFuzzingTest} checks the answer with a small body).
     */
    private static boolean refusedByJettyWhileSending(Exchange exchange) {
        String path = exchange.path().toUpperCase(Locale.ROOT);
        return (path.contains("%00") || path.contains("%2F")) && exchange.body().body().length > 64 * 1024;
    }

    private static boolean ownServer(String host, int port) {
        return port == api.uri("/").getPort() && (host.equals("localhost") || host.equals("127.0.0.1"));
    }
}
