package dev.opstracker.http.limit;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    private static final String TASKS = "/api/v1/tasks";
    private static final String ALERTMANAGER = "/api/v1/alerts/alertmanager";
    private static final BodyLimits SMALL = new BodyLimits(1_024, 4_096, 8_192, 64 * 1024);

    private final RunningApi api = RunningApi.startWith(RunningApi.defaultSettings().withBodyLimits(SMALL), RunningApi.HEALTHY_H2,
            new InMemoryTaskStore());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anApiBodyAnnouncedOverTheApiLimitIsA413NamingTheLimit() {
        ApiReply reply = api.post(TASKS, task(2_000)).send();

        assertThat(assertProblem(reply, 413).get("detail").asText()).isEqualTo("the request body is larger than the limit of 1024 bytes for the API");
    }

    @Test
    void anApiBodyOfUnannouncedLengthIsCutAtTheApiLimitWith413() {
        ApiReply reply = api.post(TASKS, task(2_000)).chunked().send();

        assertThat(assertProblem(reply, 413).get("detail").asText()).contains("1024 bytes for the API");
    }

    @Test
    void anApiBodyUnderTheLimitIsServed() {
        assertThat(api.post(TASKS, task(200)).send().status()).isEqualTo(201);
        assertThat(api.post(TASKS, task(200)).chunked().send().status()).isEqualTo(201);
    }

    @Test
    void alertWebhooksHaveTheirOwnLargerLimit() {
        String token = api.issue(Scope.ALERTS_WRITE);

        assertThat(api.post(ALERTMANAGER, alert(3_000)).bearer(token).send().status()).isEqualTo(200);
        assertThat(api.post(ALERTMANAGER, alert(3_000)).bearer(token).chunked().send().status()).isEqualTo(200);
        assertThat(assertProblem(api.post(ALERTMANAGER, alert(5_000)).bearer(token).send(), 413).get("detail").asText())
                .contains("4096 bytes for alert webhooks");
        assertProblem(api.post(ALERTMANAGER, alert(5_000)).bearer(token).chunked().send(), 413);
    }

    @Test
    void aBodyOfExactlyTheLimitIsAcceptedAndOneByteMoreIsA413() {
        String token = api.issue(Scope.ALERTS_WRITE);
        String exact = padded(alert(0), 4_096);

        assertThat(api.post(ALERTMANAGER, exact).bearer(token).send().status()).isEqualTo(200);
        assertProblem(api.post(ALERTMANAGER, exact + " ").bearer(token).send(), 413);
        assertProblem(api.post(ALERTMANAGER, exact + " ").bearer(token).chunked().send(), 413);
    }

    @Test
    void theBulkImportHasItsOwnLimit() {
        String rows = "{\"components\": [{\"path\": \"/dc1\", \"kind\": \"site\"}]}";
        String padded = padded(rows, 6_000);

        assertThat(api.post("/api/v1/components:bulk", padded).send().status()).isEqualTo(200);
        assertThat(assertProblem(api.post("/api/v1/components:bulk", padded(rows, 9_000)).send(), 413).get("detail").asText())
                .contains("8192 bytes for bulk imports");
    }

    @Test
    void commandOutputUploadsAreAllowedUpToTheirOwnLimit() throws Exception {
        String writer = api.issue(Scope.TASKS_WRITE, Scope.COMMANDS_WRITE);
        long task = api.tasks().create(TaskDetails.titled("Dump")).id().value();

        HttpResponse<String> accepted = upload(task, writer, 40 * 1024, false);
        HttpResponse<String> chunkedAccepted = upload(task, writer, 40 * 1024, true);
        HttpResponse<String> refused = upload(task, writer, 80 * 1024, false);
        HttpResponse<String> chunkedRefused = upload(task, writer, 80 * 1024, true);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(chunkedAccepted.statusCode()).as(chunkedAccepted.body()).isEqualTo(201);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("65536 bytes for command output uploads");
        assertThat(chunkedRefused.statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> upload(long task, String token, int outputBytes, boolean chunked) throws IOException, InterruptedException {
        String boundary = "----opstracker-limit-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"argv\":[\"pg_dump\",\"shop\"],\"cwd\":\"/\",\"host\":\"db-1\",\"user\":\"postgres\",\"exitCode\":0,"
                + "\"startedAt\":\"2026-11-25T10:00:00Z\",\"endedAt\":\"2026-11-25T10:01:00Z\"}\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"stdout\"; filename=\"stdout\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes("x".repeat(outputBytes).getBytes(StandardCharsets.UTF_8));
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = form.toByteArray();
        HttpRequest.BodyPublisher body = chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(api.uri("/api/v1/tasks/" + task + "/commands"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String task(int titleLength) {
        return "{\"title\": \"" + "t".repeat(titleLength) + "\"}";
    }

    private static String alert(int summaryLength) {
        return "{\"version\": \"4\", \"status\": \"firing\", \"groupKey\": \"{}:{}\", \"alerts\": [{\"status\": \"firing\", "
                + "\"labels\": {\"alertname\": \"Big\"}, \"annotations\": {\"summary\": \"" + "s".repeat(summaryLength) + "\"}, "
                + "\"startsAt\": \"2026-11-20T08:00:00Z\"}]}";
    }

    /** The JSON with trailing spaces up to {@code length} bytes: still the same document. */
    private static String padded(String json, int length) {
        return json + " ".repeat(length - json.getBytes(StandardCharsets.UTF_8).length);
    }
}
