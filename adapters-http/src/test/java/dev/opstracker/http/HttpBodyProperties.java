package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import dev.opstracker.http.BodyRoutes.BodyRoute;
import dev.opstracker.http.HttpExchanges.Exchange;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP, against a real server on in-memory stores: every route that reads a body answers any
 * body (valid ones changed for the worse, random JSON, cut-short JSON, the wrong media type), and
 * every route that reads answers any query string, with a 2xx or a 4xx problem that says what was
 * wrong, never a 500 or a stack trace.
 */
class HttpBodyProperties {

    private static RunningApi api;
    private static String token;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        api = RunningApi.startWithoutRateLimits();
        token = api.issueNamed("fuzzer", Scope.values());
        ApiFixtures.arrange(api, token);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void everyRouteThatReadsABodyHasAValidBodyToChange() {
        assertThat(BodyRoutes.all().stream().map(BodyRoute::key)).containsExactlyInAnyOrderElementsOf(BodyRoutes.declared(api.server().routeKeys()));
    }

    @Test
    void anyBodyIsAnsweredWithASuccessOrAProblemSayingWhatWasWrongAndNeverA500() {
        Tries.forAll(400, exchanges(), exchange -> HttpExchanges.check(exchange, HttpExchanges.send(CLIENT, api.uri("/"), token, exchange)));
    }

    @Test
    void anyQueryStringOnAnyRouteThatReadsIsAnsweredWithASuccessOrAProblemAndNeverA500() {
        Tries.forAll(300, reads(), exchange -> HttpExchanges.check(exchange, HttpExchanges.send(CLIENT, api.uri("/"), token, exchange)));
    }

    private static Gen<Exchange> reads() {
        return Gen.of(api.server().routeKeys().stream().filter(route -> route.startsWith("GET ")).toList())
                .flatMap(route -> HttpExchanges.queries(route, 1));
    }

    private static Gen<Exchange> exchanges() {
        return Gen.of(BodyRoutes.all()).flatMap(route -> HttpExchanges.to(route, 1));
    }
}
