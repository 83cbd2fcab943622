package dev.opstracker.http.alert;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.alert.AlertFixtures.text;
import static dev.opstracker.http.alert.AlertWebhookRoutesTest.ALERTMANAGER;
import static dev.opstracker.http.alert.AlertWebhookRoutesTest.EVENTS;
import static dev.opstracker.http.alert.AlertWebhookRoutesTest.GENERIC;
import static dev.opstracker.http.alert.AlertWebhookRoutesTest.GRAFANA;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Senders retry on 5xx and drop on 4xx (Alertmanager even on 429), so a store that cannot keep a
 * delivery must answer 503 with Retry-After: never a 4xx, never a bare 500.
 */
class AlertStoreFailureTest {

    private static final Map<String, String> BODIES = Map.of(
            ALERTMANAGER, "alertmanager-v4-firing.json",
            GRAFANA, "grafana-v1-values.json",
            EVENTS, "events-trigger.json",
            GENERIC, "generic-single.json");

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private RunningApi api;

    @BeforeEach
    void captureLogs() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logged);
        if (api != null) {
            api.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ALERTMANAGER, GRAFANA, EVENTS, GENERIC})
    void anUnreachableStoreIsA503WithRetryAfterThatRevealsNoInternals(String path) {
        api = RunningApi.startWithAlerts(RunningApi.defaultSettings(), new FailingAlertStore());

        ApiReply reply = deliver(path);

        JsonNode problem = assertProblem(reply, 503);
        assertThat(reply.header("Retry-After")).isEqualTo(Integer.toString(AlertRoutes.RETRY_AFTER_SECONDS));
        assertThat(problem.toString()).doesNotContain(FailingAlertStore.INTERNAL_MESSAGE, "IllegalStateException");
    }

    @Test
    void losingEveryRetryOfARaceIsA503NotA409() {
        FailingAlertStore racing = new FailingAlertStore(
                () -> new DomainException.Conflict(DomainException.Conflict.CONCURRENT_WRITE, "another writer took the key first"));
        api = RunningApi.startWithAlerts(RunningApi.defaultSettings(), racing);

        ApiReply reply = deliver(ALERTMANAGER);

        assertProblem(reply, 503);
        assertThat(reply.header("Retry-After")).isNotBlank();
        assertThat(racing.attempts()).as("the intake retried before giving up").isGreaterThan(1);
    }

    @Test
    void aStoreRefusingTheInputIsStillA400() {
        api = RunningApi.startWithAlerts(RunningApi.defaultSettings(),
                new FailingAlertStore(() -> new DomainException.InvalidInput("labels", "x", "refused by the store")));

        assertProblem(deliver(GENERIC), 400);
    }

    @Test
    void theFailureIsLoggedOnceWithoutTheBodyOrTheToken() {
        api = RunningApi.startWithAlerts(RunningApi.defaultSettings(), new FailingAlertStore());
        String token = api.issue(Scope.ALERTS_WRITE);
        String marker = "summary-text-that-must-not-be-logged";

        api.post(GENERIC, "{\"title\": \"" + marker + "\", \"dedup_key\": \"k\"}").bearer(token).send();

        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.ERROR).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage()).contains("generic", "503"));
        assertThat(logged.list).allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(marker, token));
    }

    private ApiReply deliver(String path) {
        return api.post(path, text(BODIES.get(path))).bearer(api.issue(Scope.ALERTS_WRITE)).send();
    }
}
