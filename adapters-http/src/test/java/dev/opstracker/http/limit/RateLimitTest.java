package dev.opstracker.http.limit;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.HttpSettings;
import dev.opstracker.http.RunningApi;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final String TASKS = "/api/v1/tasks";
    private static final String ALERTMANAGER = "/api/v1/alerts/alertmanager";
    /** So slow that no token comes back during a test: what a test sees does not depend on the machine's speed. */
    private static final RatePolicy THREE_THEN_WAIT = new RatePolicy(0.001, 3);

    @Test
    void aTokenPastItsBurstIsAnswered429WithRetryAfterInWholeSeconds() {
        try (RunningApi api = start(RateLimits.DEFAULT.withApi(THREE_THEN_WAIT))) {
            String token = api.issue(Scope.TASKS_READ);
            for (int request = 0; request < 3; request++) {
                assertThat(api.get(TASKS).bearer(token).send().status()).as("request %d", request).isEqualTo(200);
            }

            ApiReply refused = api.get(TASKS).bearer(token).send();

            JsonNode problem = assertProblem(refused, 429);
            assertThat(refused.header("Retry-After")).isEqualTo("1000");
            assertThat(problem.get("detail").asText()).contains("0.001 requests a second", "bursts of 3", "1000 seconds");
        }
    }

    @Test
    void separateTokensHaveSeparateBuckets() {
        try (RunningApi api = start(RateLimits.DEFAULT.withApi(THREE_THEN_WAIT))) {
            String greedy = api.issue(Scope.TASKS_READ);
            String patient = api.issue(Scope.TASKS_READ);
            for (int request = 0; request < 4; request++) {
                api.get(TASKS).bearer(greedy).send();
            }

            assertThat(api.get(TASKS).bearer(greedy).send().status()).isEqualTo(429);
            assertThat(api.get(TASKS).bearer(patient).send().status()).isEqualTo(200);
        }
    }

    @Test
    void aRefusedTokenIsServedAgainAfterWaitingRetryAfter() throws InterruptedException {
        try (RunningApi api = start(RateLimits.DEFAULT.withApi(new RatePolicy(2, 1)))) {
            String token = api.issue(Scope.TASKS_READ);
            assertThat(api.get(TASKS).bearer(token).send().status()).isEqualTo(200);
            ApiReply refused = api.get(TASKS).bearer(token).send();
            assertThat(refused.status()).isEqualTo(429);

            Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1_000);

            assertThat(api.get(TASKS).bearer(token).send().status()).isEqualTo(200);
        }
    }

    @Test
    void healthIsNeverRateLimited() {
        try (RunningApi api = start(RateLimits.DEFAULT.withApi(THREE_THEN_WAIT))) {
            for (int request = 0; request < 10; request++) {
                assertThat(api.get("/health").bearer(null).send().status()).isEqualTo(200);
            }
        }
    }

    @Test
    void requestsWithoutAValidTokenAreRefused401AndSpendNoTokensBudget() {
        try (RunningApi api = start(RateLimits.DEFAULT.withApi(THREE_THEN_WAIT))) {
            String token = api.issue(Scope.TASKS_READ);
            for (int request = 0; request < 5; request++) {
                assertThat(api.get(TASKS).bearer("not-a-token-at-all-0123456789").send().status()).isEqualTo(401);
            }

            assertThat(api.get(TASKS).bearer(token).send().status()).isEqualTo(200);
        }
    }

    @Test
    void anAlertStormFarPastTheApiBudgetIsAcceptedNot429() {
        try (RunningApi api = start(RateLimits.DEFAULT.withApi(THREE_THEN_WAIT))) {
            String source = api.issue(Scope.ALERTS_WRITE);
            for (int delivery = 0; delivery < 150; delivery++) {
                ApiReply reply = api.post(ALERTMANAGER, alert("Storm" + delivery % 10)).bearer(source).send();
                assertThat(reply.status()).as("delivery %d: %s", delivery, reply).isEqualTo(200);
            }
        }
    }

    @Test
    void anAlertSenderPastItsOwnLimitIsAnswered503WithRetryAfterWhichAlertmanagerRetries() {
        try (RunningApi api = start(RateLimits.DEFAULT.withApi(THREE_THEN_WAIT).withAlerts(new RatePolicy(0.01, 2)))) {
            String source = api.issue(Scope.ALERTS_WRITE);
            assertThat(api.post(ALERTMANAGER, alert("One")).bearer(source).send().status()).isEqualTo(200);
            assertThat(api.post(ALERTMANAGER, alert("Two")).bearer(source).send().status()).isEqualTo(200);

            ApiReply overloaded = api.post(ALERTMANAGER, alert("Three")).bearer(source).send();

            assertThat(assertProblem(overloaded, 503).get("detail").asText()).contains("nothing of this delivery was kept");
            assertThat(overloaded.header("Retry-After")).isEqualTo("100");
        }
    }

    @Test
    void alertDeliveriesDoNotSpendTheSameTokensApiBudget() {
        try (RunningApi api = start(RateLimits.DEFAULT.withApi(THREE_THEN_WAIT))) {
            String both = api.issue(Scope.ALERTS_WRITE, Scope.TASKS_READ);
            for (int delivery = 0; delivery < 10; delivery++) {
                api.post(ALERTMANAGER, alert("Noise")).bearer(both).send();
            }

            assertThat(api.get(TASKS).bearer(both).send().status()).isEqualTo(200);
        }
    }

    static String alert(String name) {
        return "{\"version\": \"4\", \"status\": \"firing\", \"groupKey\": \"{}:{alertname=\\\"" + name + "\\\"}\", \"alerts\": [{\"status\": \"firing\", "
                + "\"labels\": {\"alertname\": \"" + name + "\", \"instance\": \"db-1\"}, \"startsAt\": \"2026-11-20T08:00:00Z\"}]}";
    }

    private static RunningApi start(RateLimits limits) {
        HttpSettings settings = RunningApi.defaultSettings().withRateLimits(limits);
        return RunningApi.startWith(settings, RunningApi.HEALTHY_H2, new InMemoryTaskStore());
    }
}
