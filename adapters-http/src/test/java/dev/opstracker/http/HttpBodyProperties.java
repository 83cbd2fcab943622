package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.BodyRoutes.BodyRoute;
import dev.opstracker.http.HttpExchanges.Exchange;
import java.net.http.HttpClient;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

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

    @BeforeContainer
    static void start() {
        api = RunningApi.start();
        token = api.issueNamed("fuzzer", Scope.values());
        ApiFixtures.arrange(api, token);
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    @Example
    void everyRouteThatReadsABodyHasAValidBodyToChange() {
        assertThat(BodyRoutes.all().stream().map(BodyRoute::key)).containsExactlyInAnyOrderElementsOf(BodyRoutes.declared(api.server().routes()));
    }

    @Property(tries = 400)
    void anyBodyIsAnsweredWithASuccessOrAProblemSayingWhatWasWrongAndNeverA500(@ForAll("exchanges") Exchange exchange) {
        HttpExchanges.check(exchange, HttpExchanges.send(CLIENT, api.uri("/"), token, exchange));
    }

    @Property(tries = 300)
    void anyQueryStringOnAnyRouteThatReadsIsAnsweredWithASuccessOrAProblemAndNeverA500(@ForAll("reads") Exchange exchange) {
        HttpExchanges.check(exchange, HttpExchanges.send(CLIENT, api.uri("/"), token, exchange));
    }

    @Provide
    Arbitrary<Exchange> reads() {
        return Arbitraries.of(api.server().routes().stream().filter(route -> route.startsWith("GET ")).toList())
                .flatMap(route -> HttpExchanges.queries(route, 1));
    }

    @Provide
    Arbitrary<Exchange> exchanges() {
        return Arbitraries.of(BodyRoutes.all()).flatMap(route -> HttpExchanges.to(route, 1));
    }
}
