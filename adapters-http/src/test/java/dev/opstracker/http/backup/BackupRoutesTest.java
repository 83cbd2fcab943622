package dev.opstracker.http.backup;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.storage.StorageSettings;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.application.testing.InMemoryBackupArchiver;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.SettableDiskSpace;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/admin/backup} over the in-memory services: what an admin downloads, and every refusal as a problem. */
class BackupRoutesTest {

    private static final String BACKUP = "/api/v1/admin/backup";
    private static final String PASSPHRASE = "correct horse battery staple";

    private final SettableDiskSpace disk = SettableDiskSpace.roomy();
    private final RunningApi api = RunningApi.startWatching(new StorageWatch(disk, StorageSettings.DEFAULT.withCheckInterval(Duration.ZERO),
            MutableClock.at("2026-11-20T08:00:00Z"), StorageWatch.Listener.NONE));
    private final String admin = api.issueNamed("ops admin", Scope.ADMIN);

    @AfterEach
    void stopApi() {
        api.close();
    }

    private ApiReply backUp(String token, String body) {
        return api.post(BACKUP, body).bearer(token).send();
    }

    /** Whether {@code condition} holds within five seconds. */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Test
    void anAdminDownloadsTheEncryptedBackupAsANeverCachedAttachmentAndItsTemporaryFileIsGoneAfterwards() throws Exception {
        ApiReply reply = backUp(admin, "{\"passphrase\": \"" + PASSPHRASE + "\"}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/octet-stream");
        assertThat(reply.header("Content-Disposition")).matches("attachment; filename=\"opstracker-\\d{8}T\\d{6}Z\\.backup\"");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.body()).isEqualTo(new String(InMemoryBackupArchiver.CONTENT, StandardCharsets.US_ASCII));
        assertThat(api.backupArchiver().written()).hasSize(1);
        // The server lets go of the file just after the last byte left, which the client may have read already.
        assertThat(eventually(() -> api.backupArchiver().written().stream().noneMatch(Files::exists))).isTrue();
    }

    @Test
    void aClientThatAcceptsGzipGetsTheBackupAsWrittenWithTheLengthAnnounced() {
        ApiReply reply = api.post(BACKUP, "{\"passphrase\": \"" + PASSPHRASE + "\"}").bearer(admin).header("Accept-Encoding", "gzip").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Encoding")).isNull();
        assertThat(reply.header("Content-Length")).isEqualTo(Integer.toString(InMemoryBackupArchiver.CONTENT.length));
        assertThat(reply.body()).isEqualTo(new String(InMemoryBackupArchiver.CONTENT, StandardCharsets.US_ASCII));
    }

    @Test
    void theBackupIsRecordedInTheAuditLogWithWhoTookItAndNeverThePassphrase() {
        assertThat(backUp(admin, "{\"passphrase\": \"" + PASSPHRASE + "\"}").status()).isEqualTo(200);

        AuditEntry entry = api.auditStore().all().getLast();
        assertThat(entry.action()).isEqualTo(AuditAction.BACKUP_TAKEN);
        assertThat(entry.actor().name()).isEqualTo("ops admin");
        assertThat(entry.toString()).doesNotContain(PASSPHRASE);
        JsonNode listed = api.get("/api/v1/audit").bearer(admin).send().json().get("items").get(0);
        assertThat(listed.get("action").asText()).isEqualTo("backup.taken");
        assertThat(listed.toString()).doesNotContain(PASSPHRASE);
    }

    @Test
    void aPassphraseShorterThanTwelveCharactersIs400NamingPassphraseWithoutEchoingIt() {
        JsonNode problem = assertProblem(backUp(admin, "{\"passphrase\": \"short-pass1\"}"), 400);

        assertThat(problem.get("field").asText()).isEqualTo("passphrase");
        assertThat(problem.toString()).doesNotContain("short-pass1").contains("at least 12 characters");
        assertThat(api.backupArchiver().written()).isEmpty();
    }

    @Test
    void aBodyWithoutPassphraseIs400NamingPassphrase() {
        JsonNode problem = assertProblem(backUp(admin, "{}"), 400);

        assertThat(problem.get("field").asText()).isEqualTo("passphrase");
    }

    @Test
    void aTokenWithoutAdminIs403AndNoBackupIsWritten() {
        String writer = api.issue(Scope.TASKS_WRITE, Scope.INFRA_WRITE, Scope.RUNBOOKS_WRITE);

        assertProblem(backUp(writer, "{\"passphrase\": \"" + PASSPHRASE + "\"}"), 403);
        assertThat(api.backupArchiver().written()).isEmpty();
    }

    @Test
    void aSecondBackupWhileOneIsRunningIs409NamingTheRunningBackupAndTheNextOneAfterwardsSucceeds() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        api.backupArchiver().holdNext(entered, release);
        CompletableFuture<ApiReply> first = CompletableFuture.supplyAsync(() -> backUp(admin, "{\"passphrase\": \"" + PASSPHRASE + "\"}"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        JsonNode problem = assertProblem(backUp(admin, "{\"passphrase\": \"" + PASSPHRASE + "\"}"), 409);
        release.countDown();

        assertThat(problem.get("reason").asText()).isEqualTo("backup-running");
        assertThat(problem.get("detail").asText()).contains("a backup is running");
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        // The first ends just after its last byte left, which the client may have read already.
        assertThat(eventually(() -> backUp(admin, "{\"passphrase\": \"" + PASSPHRASE + "\"}").status() == 200)).isTrue();
    }

    @Test
    void aBackupThatFailsIsAProblemAnswerNotAHalfBodyAndTheNextOneMayStart() {
        api.backupArchiver().failNext(new IllegalStateException("disk went away"));

        assertProblem(backUp(admin, "{\"passphrase\": \"" + PASSPHRASE + "\"}"), 500);
        assertThat(backUp(admin, "{\"passphrase\": \"" + PASSPHRASE + "\"}").status()).isEqualTo(200);
    }

    @Test
    void pastTheCriticalLevelOfTheDataDirectorysVolumeABackupIs507SinceItIsWrittenThereFirst() {
        disk.full();

        JsonNode problem = assertProblem(backUp(admin, "{\"passphrase\": \"" + PASSPHRASE + "\"}"), 507);

        assertThat(problem.get("type").asText()).isEqualTo("urn:opstracker:problem:storage-full");
        assertThat(api.backupArchiver().written()).isEmpty();
    }
}
