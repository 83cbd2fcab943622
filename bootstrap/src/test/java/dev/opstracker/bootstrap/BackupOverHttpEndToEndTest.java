package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.bootstrap.backup.BackupManifest;
import dev.opstracker.bootstrap.backup.RestoreSummary;
import dev.opstracker.bootstrap.logging.LogCapture;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/admin/backup} on a running server over embedded H2, which the {@code backup} command cannot open
 * while the server holds it: the backup is taken while writes go on, downloaded, restored into an empty directory and
 * compared with the original.
 */
class BackupOverHttpEndToEndTest {

    private static final String PASSPHRASE = "correct horse battery staple";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temporary;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> backUp(int port, String token, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:%d/api/v1/admin/backup".formatted(port)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aBackupDownloadedFromTheRunningServerWhileWritesGoOnRestoresIntoAnEmptyDirectoryWithTheSameData() throws Exception {
        Path live = temporary.resolve("live");
        Path restored = temporary.resolve("restored");
        Path file = temporary.resolve("downloaded.backup");
        RunbookSlug slug;
        try (OpsTracker ops = OpsTracker.embedded(live)) {
            slug = BackupSeed.seed(ops);
        }
        Set<Long> written = ConcurrentHashMap.newKeySet();
        Set<Long> writtenBeforeBackup;
        HttpResponse<byte[]> reply;
        try (LogCapture log = LogCapture.start("text")) {
            try (RunningServer server = RunningServer.start(Settings.embedded(live).withPort(0))) {
                ApiClient admin = new ApiClient(server.port(), Files.readString(live.resolve("admin.token")).strip());
                String writerToken = admin.post("/api/v1/tokens", "{\"name\": \"writer\", \"scopes\": [\"tasks:write\"]}").json().get("secret").asText();
                ApiClient writer = new ApiClient(server.port(), writerToken);
                ExecutorService executor = Executors.newSingleThreadExecutor();
                AtomicBoolean stop = new AtomicBoolean();
                CountDownLatch warmedUp = new CountDownLatch(3);
                Future<?> writes = executor.submit(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        ApiClient.Reply created = writer.post("/api/v1/tasks", "{\"title\": \"%s%d\"}".formatted(BackupSeed.LOAD_PREFIX, n));
                        assertThat(created.status()).isEqualTo(201);
                        written.add(created.json().get("id").asLong());
                        warmedUp.countDown();
                        // Below the default rate limit of the writer's token.
                        Thread.sleep(60);
                    }
                    return null;
                });
                assertThat(warmedUp.await(60, TimeUnit.SECONDS)).isTrue();
                writtenBeforeBackup = Set.copyOf(written);

                reply = backUp(server.port(), Files.readString(live.resolve("admin.token")).strip(), "{\"passphrase\": \"" + PASSPHRASE + "\"}");

                int afterBackup = written.size();
                while (written.size() < afterBackup + 2) {
                    Thread.sleep(20);
                }
                stop.set(true);
                writes.get(60, TimeUnit.SECONDS);
                executor.shutdown();
            }
            assertThat(log.output()).isNotEmpty().doesNotContain(PASSPHRASE).doesNotContain("horse battery");
        }

        assertThat(reply.statusCode()).as(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow()).matches("attachment; filename=\"opstracker-\\d{8}T\\d{6}Z\\.backup\"");
        assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new String(reply.body(), 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("OTSEALED");
        try (Stream<Path> inData = Files.list(live)) {
            assertThat(inData.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".api-backup-") || name.startsWith(".backup-"));
        }
        Files.write(file, reply.body());

        DataSnapshot original;
        try (OpsTracker ops = OpsTracker.embedded(live)) {
            original = DataSnapshot.of(ops, slug);
            AuditEntry recorded = ops.audit().list(null, PageRequest.firstDefault()).items().getFirst();
            assertThat(recorded.action()).isEqualTo(AuditAction.BACKUP_TAKEN);
            assertThat(recorded.actor().tokenId()).isNotNull();
            assertThat(recorded.toString()).doesNotContain(PASSPHRASE);
        }
        RestoreSummary restore = OpsTracker.restore(file, restored, PASSPHRASE.toCharArray(), (entry, bytes, complete) -> { });

        assertThat(restore.manifest().entries()).extracting(BackupManifest.Entry::name).contains("opstracker.mv.db", "admin.token", "runbooks.bundle");
        try (OpsTracker ops = OpsTracker.embedded(restored)) {
            assertThat(DataSnapshot.of(ops, slug)).isEqualTo(original);
            Set<Long> restoredLoad = DataSnapshot.allTasks(ops).stream().filter(task -> task.details().title().startsWith(BackupSeed.LOAD_PREFIX))
                    .map(Task::id).map(id -> id.value()).collect(Collectors.toSet());
            assertThat(restoredLoad).containsAll(writtenBeforeBackup).isSubsetOf(written).hasSizeLessThan(written.size());
        }
    }

    @Test
    void overHttpAShortPassphraseIs400NamingPassphraseAndATokenWithoutAdminIs403() throws Exception {
        Path live = temporary.resolve("live");
        try (RunningServer server = RunningServer.start(Settings.embedded(live).withPort(0))) {
            String adminToken = Files.readString(live.resolve("admin.token")).strip();
            ApiClient admin = new ApiClient(server.port(), adminToken);
            String reader = admin.post("/api/v1/tokens", "{\"name\": \"reader\", \"scopes\": [\"tasks:write\", \"infra:write\"]}").json()
                    .get("secret").asText();

            HttpResponse<byte[]> tooShort = backUp(server.port(), adminToken, "{\"passphrase\": \"eleven-char\"}");
            HttpResponse<byte[]> notAdmin = backUp(server.port(), reader, "{\"passphrase\": \"" + PASSPHRASE + "\"}");

            JsonNode problem = JSON.readTree(tooShort.body());
            assertThat(tooShort.statusCode()).isEqualTo(400);
            assertThat(tooShort.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(problem.get("field").asText()).isEqualTo("passphrase");
            assertThat(problem.toString()).doesNotContain("eleven-char");
            assertThat(notAdmin.statusCode()).isEqualTo(403);
            assertThat(notAdmin.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            try (Stream<Path> inData = Files.list(live)) {
                assertThat(inData.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".api-backup-"));
            }
            assertThat(List.of(tooShort.statusCode(), notAdmin.statusCode())).doesNotContain(200);
        }
    }
}
