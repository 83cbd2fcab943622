package dev.opstracker.http.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.ProblemAssertions;
import dev.opstracker.http.RunningApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommandRoutesTest {

    private static final String TOKEN = "ghp_" + "Zz9Yy8Xx7W".repeat(3) + "v6u5t4";

    private final RunningApi api = RunningApi.start();
    private final String writer = api.issue(Scope.COMMANDS_WRITE);
    private final String reader = api.issue(Scope.COMMANDS_READ);
    private final String rawReader = api.issue(Scope.COMMANDS_RAW);
    private final long task = api.tasks().create(TaskDetails.titled("Deploy the shop")).id().value();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        api.close();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode recordJson(String stdout) {
        ApiReply reply = api.post("/api/v1/tasks/" + task + "/commands", """
                {"argv": ["deploy", "--token", "s3cret-value-123"], "cwd": "/srv/shop", "host": "web-1", "user": "ops",
                 "env": {"PATH": "/usr/bin", "AWS_SECRET_ACCESS_KEY": "abc"}, "exitCode": 0,
                 "startedAt": "2026-11-25T10:00:00Z", "endedAt": "2026-11-25T10:00:02.500Z",
                 "stdoutBase64": "%s", "stderrBase64": "%s"}""".formatted(base64(stdout), base64("warn\n"))).bearer(writer).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private HttpResponse<byte[]> getBytes(String path, String token, String range) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + token).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aRunRecordedAsJsonIsShownMaskedWithItsOutputsSizesAndDigests() {
        JsonNode run = recordJson("deployed v42\n");

        assertThat(run.get("command").asText()).isEqualTo("deploy --token ****").doesNotContain("s3cret");
        assertThat(run.get("env").properties()).extracting(entry -> entry.getKey()).containsExactly("PATH");
        assertThat(run.get("durationMs").asLong()).isEqualTo(2_500);
        assertThat(run.get("stdout").get("size").asLong()).isEqualTo(13);
        assertThat(run.get("stdout").get("href").asText()).isEqualTo("/api/v1/commands/" + run.get("id").asLong() + "/stdout");
        ApiReply read = api.get("/api/v1/commands/" + run.get("id").asLong()).bearer(reader).send();
        assertThat(read.json().get("recordHash").asText()).isEqualTo(run.get("recordHash").asText());
    }

    @Test
    void outputsAreExactForARawReaderWithRangesAndMaskedForOthers() throws Exception {
        JsonNode run = recordJson("token=" + TOKEN + "\nok\n");
        String stdout = "/api/v1/commands/" + run.get("id").asLong() + "/stdout";

        HttpResponse<byte[]> raw = getBytes(stdout, rawReader, null);
        assertThat(new String(raw.body(), StandardCharsets.UTF_8)).isEqualTo("token=" + TOKEN + "\nok\n");
        assertThat(raw.headers().firstValue("X-Opstracker-Output")).contains("raw");

        HttpResponse<byte[]> part = getBytes(stdout, rawReader, "bytes=6-9");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(new String(part.body(), StandardCharsets.UTF_8)).isEqualTo("ghp_");
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 6-9/" + raw.body().length);
        assertThat(getBytes(stdout, rawReader, "bytes=5000-").statusCode()).isEqualTo(416);

        HttpResponse<byte[]> masked = getBytes(stdout, reader, null);
        assertThat(new String(masked.body(), StandardCharsets.UTF_8)).isEqualTo("token=****\nok\n");
        assertThat(masked.headers().firstValue("X-Opstracker-Output")).contains("masked");
    }

    @Test
    void aClientThatAcceptsGzipGetsOutputsAndRangesAsStoredWithTheLengthAnnounced() throws Exception {
        String text = "line of a long deployment log\n".repeat(400);
        JsonNode run = recordJson(text);
        String stdout = "/api/v1/commands/" + run.get("id").asLong() + "/stdout";

        for (String range : new String[] {null, "bytes=0-99"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(stdout)).header("Authorization", "Bearer " + rawReader)
                    .header("Accept-Encoding", "gzip").GET();
            if (range != null) {
                request.header("Range", range);
            }
            HttpResponse<byte[]> reply = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());

            byte[] expected = range == null ? text.getBytes(StandardCharsets.UTF_8) : text.substring(0, 100).getBytes(StandardCharsets.UTF_8);
            assertThat(reply.statusCode()).isEqualTo(range == null ? 200 : 206);
            assertThat(reply.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(reply.headers().firstValue("Content-Length")).contains(Integer.toString(expected.length));
            assertThat(reply.body()).isEqualTo(expected);
        }
        HttpResponse<byte[]> masked = client.send(HttpRequest.newBuilder(api.uri(stdout)).header("Authorization", "Bearer " + reader)
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(masked.statusCode()).isEqualTo(200);
        assertThat(masked.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(masked.body(), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void aLargeBinaryRunRecordedAsMultipartReadsBackByteForByte() throws Exception {
        byte[] binary = new byte[3 * 1024 * 1024 + 17];
        new Random(3).nextBytes(binary);
        String boundary = "----opstracker-test-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"argv\":[\"pg_dump\",\"shop\"],\"cwd\":\"/\",\"host\":\"db-1\",\"user\":\"postgres\",\"exitCode\":0,"
                + "\"startedAt\":\"2026-11-25T10:00:00Z\",\"endedAt\":\"2026-11-25T10:01:00Z\"}\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"stdout\"; filename=\"stdout\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(binary);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(api.uri("/api/v1/tasks/" + task + "/commands"))
                .header("Authorization", "Bearer " + writer).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = new ObjectMapper().readTree(created.body()).get("id").asLong();

        assertThat(getBytes("/api/v1/commands/" + id + "/stdout", rawReader, null).body()).isEqualTo(binary);
        assertThat(getBytes("/api/v1/commands/" + id + "/stderr", rawReader, null).body()).isEmpty();
    }

    @Test
    void runsAreListedByTaskAndSearchedByHostExitAndText() {
        recordJson("one\n");
        ApiReply failed = api.post("/api/v1/tasks/" + task + "/commands", """
                {"argv": ["systemctl", "restart", "php-fpm"], "host": "web-2", "user": "ops", "exitCode": 1,
                 "startedAt": "2026-11-25T11:00:00Z", "endedAt": "2026-11-25T11:00:01Z"}""").bearer(writer).send();
        assertThat(failed.status()).isEqualTo(201);

        assertThat(api.get("/api/v1/tasks/" + task + "/commands").bearer(reader).send().json().get("items")).hasSize(2);
        JsonNode found = api.get("/api/v1/commands?host=web-2&exit=failed&q=restart").bearer(reader).send().json();
        assertThat(found.get("items")).singleElement().satisfies(item -> assertThat(item.get("exitCode").asInt()).isEqualTo(1));
        assertThat(api.get("/api/v1/commands?exit=ok").bearer(reader).send().json().get("items")).hasSize(1);
        JsonNode chain = api.get("/api/v1/commands/chain").bearer(api.issue(Scope.ADMIN)).send().json();
        assertThat(chain.get("intact").asBoolean()).isTrue();
        assertThat(chain.get("checked").asLong()).isEqualTo(2);
    }

    @Test
    void aComponentsHistoryListsTheRunsOfTheTasksLinkedToIt() {
        long component = api.post("/api/v1/components", "{\"name\": \"db-1\", \"kind\": \"database\", \"provider\": \"hetzner\"}")
                .send().json().get("id").asLong();
        assertThat(api.post("/api/v1/tasks/" + task + "/components", "{\"componentId\": " + component + ", \"role\": \"changed\"}")
                .send().status()).isEqualTo(201);
        JsonNode run = recordJson("vacuumed\n");

        JsonNode history = api.get("/api/v1/components/" + component + "/commands").bearer(reader).send().json();

        assertThat(history.get("items")).singleElement().satisfies(item -> assertThat(item.get("id").asLong()).isEqualTo(run.get("id").asLong()));
        ProblemAssertions.assertProblem(api.get("/api/v1/components/9999/commands").bearer(reader).send(), 404);
    }

    @Test
    void badReportsAndMissingRightsAreRefusedByName() {
        ProblemAssertions.assertProblem(api.post("/api/v1/tasks/" + task + "/commands", """
                {"argv": ["true"], "exitCode": 0, "signal": 9, "startedAt": "2026-11-25T10:00:00Z", "endedAt": "2026-11-25T10:00:01Z"}""")
                .bearer(writer).send(), 400);
        JsonNode late = ProblemAssertions.assertProblem(api.post("/api/v1/tasks/" + task + "/commands", """
                {"argv": ["true"], "exitCode": 0, "startedAt": "2026-11-25T10:00:00Z", "endedAt": "yesterday"}""").bearer(writer).send(), 400);
        assertThat(late.toString()).contains("endedAt").contains("yesterday");
        ProblemAssertions.assertProblem(api.post("/api/v1/tasks/999/commands", """
                {"argv": ["true"], "exitCode": 0, "startedAt": "2026-11-25T10:00:00Z", "endedAt": "2026-11-25T10:00:01Z"}""").bearer(writer).send(), 404);
        ProblemAssertions.assertProblem(api.post("/api/v1/tasks/" + task + "/commands", "{\"argv\": [\"true\"], \"exitCode\": 0}")
                .bearer(reader).send(), 403);
        ProblemAssertions.assertProblem(api.get("/api/v1/commands").bearer(api.issue(Scope.TASKS_READ)).send(), 403);
        ProblemAssertions.assertProblem(api.get("/api/v1/commands/chain").bearer(reader).send(), 403);
        ProblemAssertions.assertProblem(api.get("/api/v1/commands/12345").bearer(reader).send(), 404);
    }
}
