package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandSpec;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.shared.Sha256;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command capture through the embedded facade: a real child process, the Bouncy Castle cipher and the H2 file. */
class EmbeddedCommandCaptureTest {

    private static final String MARKER = "PLANTED-OUTPUT-MARKER-7f3a";
    private static final String SECRET = "hunter2-Sup3rSecret";

    @TempDir
    Path dataDirectory;

    private static byte[] read(InputStream stream) throws IOException {
        try (stream) {
            return stream.readAllBytes();
        }
    }

    @Test
    void aCommandRunHereIsCapturedExactlyAndReadsBackAfterReopening() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        CommandRun run;
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            TaskId task = ops.tasks().create(TaskDetails.titled("Restart the queue workers")).id();
            run = ops.commands().run(task, new CommandSpec(List.of("/bin/sh", "-c", "printf 'line one\\nno newline'; printf oops >&2; exit 3"),
                    dataDirectory, Map.of("PATH", "/usr/bin:/bin", "API_TOKEN", SECRET), null));
        }

        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            assertThat(ops.commands().get(run.id())).isEqualTo(run);
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(read(ops.commands().openOutput(run.id(), OutputChannel.STDOUT))).asString(StandardCharsets.UTF_8)
                    .isEqualTo("line one\nno newline");
            assertThat(read(ops.commands().openOutput(run.id(), OutputChannel.STDERR))).asString(StandardCharsets.UTF_8).isEqualTo("oops");
            assertThat(ops.commands().verify().intact()).isTrue();
        }
    }

    @Test
    void tenMegabytesOfTextReadBackByteForByte() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.length() < 10 * 1024 * 1024; line++) {
            text.append("2026-11-25T10:00:00Z INFO worker-").append(line % 17).append(" processed job ").append(line).append('\n');
        }
        // Exactly the default cap: kept whole.
        byte[] output = text.substring(0, 10 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            TaskId task = ops.tasks().create(TaskDetails.titled("Replay the job log")).id();
            CommandRun run = ops.commands().record(task, new RecordedCommand(List.of("journalctl", "-u", "worker"), "/", Map.of(), "worker-1",
                    "ops", Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:09Z"), new CommandResult.Exited(0)),
                    new ByteArrayInputStream(output), InputStream.nullInputStream());

            assertThat(run.stdout().truncated()).isFalse();
            assertThat(run.stdout().sha256()).isEqualTo(Sha256.hex(output));
            assertThat(read(ops.commands().openOutput(run.id(), OutputChannel.STDOUT))).isEqualTo(output);
        }
    }

    @Test
    void theDatabaseFileHoldsNoPlaintextOfAnOutputOrOfAMaskedSecret() throws IOException {
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            TaskId task = ops.tasks().create(TaskDetails.titled("Rotate the database password")).id();
            byte[] output = (MARKER + " the new password is " + SECRET + "\n").repeat(200).getBytes(StandardCharsets.UTF_8);
            ops.commands().record(task, new RecordedCommand(List.of("vault", "write", "db/creds", "--password", SECRET), "/srv",
                    Map.of("PATH", "/usr/bin", "PGPASSWORD", SECRET), "db-1", "ops", Instant.parse("2026-11-25T10:00:00Z"),
                    Instant.parse("2026-11-25T10:00:01Z"), new CommandResult.Exited(0)), new ByteArrayInputStream(output),
                    new ByteArrayInputStream(output));
        }

        try (Stream<Path> files = Files.list(dataDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(MARKER).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void rotatingAMasterKeyRewrapsEveryRunWithoutTouchingItsOutputAndDestroyingAClientsKeyShredsItsOutputs() throws IOException {
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            TaskId internal = ops.tasks().create(TaskDetails.titled("Patch the bastion")).id();
            TaskId acme = ops.tasks().create(new TaskDetails("Tune ACME's database", null, Priority.P3, null, null,
                    new BillingCode("ACME"), null, null, Map.of())).id();
            CommandRun ours = recordWithOutput(ops, internal, "patched\n");
            CommandRun theirs = recordWithOutput(ops, acme, "tuned\n");

            assertThat(ops.rotateMasterKey("default", (checked, rewrapped) -> { })).isEqualTo(1);
            assertThat(ops.commands().get(ours.id()).dataKey().keyVersion()).isEqualTo(2);
            assertThat(read(ops.commands().openOutput(ours.id(), OutputChannel.STDOUT))).asString(StandardCharsets.UTF_8).isEqualTo("patched\n");

            ops.destroyMasterKey("client:ACME");

            assertThatThrownBy(() -> ops.commands().openOutput(theirs.id(), OutputChannel.STDOUT)).isInstanceOf(Cipher.KeyUnavailableException.class);
            assertThat(ops.commands().get(theirs.id()).stdout().size()).isEqualTo(6);
            assertThat(ops.commands().verify().intact()).isTrue();
        }
    }

    private static CommandRun recordWithOutput(OpsTracker ops, TaskId task, String stdout) {
        return ops.commands().record(task, new RecordedCommand(List.of("sh", "-c", "work"), "/", Map.of(), "box", "ops",
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:01Z"), new CommandResult.Exited(0)),
                new ByteArrayInputStream(stdout.getBytes(StandardCharsets.UTF_8)), null);
    }

    @Test
    void theMasterKeyFileIsCreatedOwnerOnlyOnFirstUse() {
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            assertThat(dataDirectory.resolve("master-keys.bcfks")).doesNotExist();
            TaskId task = ops.tasks().create(TaskDetails.titled("Check disk space")).id();
            ops.commands().record(task, new RecordedCommand(List.of("df", "-h"), "/", Map.of(), "web-1", "ops", Instant.parse("2026-11-25T10:00:00Z"),
                    Instant.parse("2026-11-25T10:00:01Z"), new CommandResult.Exited(0)), null, null);
        }

        assertThat(dataDirectory.resolve("master-keys.bcfks")).exists();
        if (dataDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            for (String name : List.of("master-keys.bcfks", "master-keys.password")) {
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDirectory.resolve(name)))).as(name).isEqualTo("rw-------");
                } catch (IOException failure) {
                    throw new AssertionError(failure);
                }
            }
        }
    }
}
