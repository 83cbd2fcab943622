package dev.opstracker.http;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.security.Scope;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP fuzz run and properties found answered with a 500, a stack trace or no problem
 * at all, kept with their literal bodies so that each stays answered as a client's mistake.
 */
class FoundByFuzzingTest {

    private static RunningApi api;
    private static String token;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        token = api.issueNamed("fuzzer", Scope.values());
        ApiFixtures.arrange(api, token);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aNumberBeyondTheRangeOfAnIntegerFieldIsA400NamingTheField() {
        JsonNode rounding = assertProblem(post("/api/v1/clients", """
                {"code": "GLOBEX", "name": "Globex", "currency": "EUR", "rounding": {"mode": "up", "minutes": 9223372036854775807, "scope": "entry"}}"""), 400);
        JsonNode version = assertProblem(post("/api/v1/runbooks/restart-web/restore", "{\"version\": 9223372036854775807}"), 400);

        assertThat(rounding.get("field").asText()).isEqualTo("rounding.minutes");
        assertThat(version.get("field").asText()).isEqualTo("version");
        assertThat(version.get("detail").asText()).isEqualTo("version: expected a number within the range this field holds");
    }

    @Test
    void aGrafanaValueBeyondTheRangeOfADoubleIsKeptAsWrittenRatherThanA500() {
        ApiReply reply = post("/api/v1/alerts/grafana", """
                {"alerts": [{"status": "firing", "labels": {"alertname": "Huge"}, "fingerprint": "f00d", "values": {"B": 1e400}}]}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** Jackson reads a body that starts with NUL bytes as UTF-32 and failed with a java.io exception that was answered 500. */
    @Test
    void aWebhookBodyWhoseBytesAreNoTextInTheEncodingTheyStartLikeIsA400() throws Exception {
        byte[] utf32WithAnInvalidCharacter = {0, 0, 0, '{', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        HttpRequest request = HttpRequest.newBuilder(api.uri("/api/v1/alerts/generic")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(utf32WithAnInvalidCharacter)).build();

        try (HttpClient client = HttpClient.newHttpClient()) {
            ApiReply reply = new ApiReply(client.send(request, HttpResponse.BodyHandlers.ofString()));

            assertThat(assertProblem(reply, 400).get("detail").asText()).startsWith("the body is not valid JSON (send it as UTF-8): Invalid UTF-32");
        }
    }

    @Test
    void aBodyThatSaysItIsMultipartButIsNotIsA400() {
        ApiReply reply = api.call("POST", "/api/v1/tasks/1/commands").bearer(token)
                .body("multipart/form-data; boundary=xyz", "{\"argv\": [\"ls\"], \"exitCode\": 0}").send();

        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("detail").asText()).isEqualTo("the request could not be read: bad multipart");
    }

    @Test
    void aNullWhereAnObjectOfAListBelongsIsA400NamingItsPlace() {
        JsonNode draft = assertProblem(post("/api/v1/time/drafts", "{\"day\": \"2026-11-19\", \"items\": [null]}"), 400);
        JsonNode rule = assertProblem(api.call("PUT", "/api/v1/alerts/rules").bearer(token).json("{\"rules\": [null]}").send(), 400);
        JsonNode mapping = assertProblem(api.call("PUT", "/api/v1/alerts/rules").bearer(token)
                .json("{\"rules\": [{\"name\": \"a\", \"components\": [null]}]}").send(), 400);

        assertThat(draft.get("field").asText()).isEqualTo("items[0]");
        assertThat(rule.get("field").asText()).isEqualTo("rules[0]");
        assertThat(mapping.get("field").asText()).isEqualTo("rules[0].components[0]");
    }

    @Test
    void aPathJettyRefusesIsAProblemLikeEveryOtherError() {
        ApiReply reply = api.post("/api/v1/tasks/%00/status", "{\"status\": \"DONE\"}").bearer(token).send();

        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("detail").asText()).startsWith("the request could not be read");
    }

    /**
     * Jetty closes the connection after answering a request it refused itself; unannounced, the
     * client sent its next request on the closed connection and got no answer (a POST is not retried).
     */
    @Test
    void aPathJettyRefusesIsAnsweredWithConnectionCloseSoTheNextRequestGoesOnAFreshConnection() {
        ApiReply refused = api.post("/api/v1/tasks/%00/status", "{\"status\": \"DONE\"}").bearer(token).send();
        ApiReply next = post("/api/v1/tasks", "{\"title\": \"after a refused path\"}");

        assertThat(refused.header("Connection")).isEqualTo("close");
        assertThat(next.status()).as(next.body()).isEqualTo(201);
    }

    @Test
    void aWindowTooLongToCountWithIsRefusedWhenTheRulesAreSetRatherThanFailingEveryAlertLater() {
        ApiReply rules = api.call("PUT", "/api/v1/alerts/rules").bearer(token).json("""
                {"rules": [], "default": {"groupBy": ["alertname"], "groupWindow": "PT9223372036854775807S"}}""").send();
        ApiReply threshold = api.call("PUT", "/api/v1/alerts/rules").bearer(token).json("""
                {"rules": [{"name": "slow", "threshold": {"count": 2, "window": "999999999d"}}]}""").send();

        assertThat(assertProblem(rules, 400).get("field").asText()).isEqualTo("default.groupWindow");
        assertThat(assertProblem(threshold, 400).get("field").asText()).isEqualTo("rules[0].threshold.window");
        assertThat(post("/api/v1/alerts/generic", "{\"title\": \"disk full\", \"dedup_key\": \"disk\", \"labels\": {\"alertname\": \"Disk\"}}")
                .status()).isEqualTo(200);
    }

    private static ApiReply post(String path, String json) {
        return api.post(path, json).bearer(token).send();
    }
}
