package dev.opstracker.application.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryOutputStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandSpec;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Sha256;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CommandCaptureTest {

    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryCommandRunStore runs = new InMemoryCommandRunStore();
    private final InMemoryOutputStore outputs = new InMemoryOutputStore();
    private final JdkCipher cipher = new JdkCipher();
    private final TaskId task = tasks.add(new NewTask(TaskFixtures.aTask().build(), Instant.parse("2026-11-25T08:00:00Z"))).id();

    private CommandCapture capture(ScriptedRunner runner, long cap) {
        return new CommandCapture(tasks, runs, outputs, cipher, runner, CaptureSettings.of("ops-box", "marcus").withOutputCap(cap));
    }

    private static CommandSpec spec(String... argv) {
        return new CommandSpec(List.of(argv), Path.of("/srv"), Map.of("PATH", "/usr/bin", "HOME", "/root", "GITHUB_TOKEN", "x"), null);
    }

    private static byte[] read(InputStream stream) throws IOException {
        try (stream) {
            return stream.readAllBytes();
        }
    }

    @Test
    void bothOutputsReadBackByteForByteWithTheirSizesAndDigests() throws IOException {
        byte[] binary = new byte[300_000];
        new Random(1).nextBytes(binary);
        byte[] noTrailingNewline = "done\nwarning: no newline at the end".getBytes(StandardCharsets.UTF_8);
        CommandCapture capture = capture(new ScriptedRunner(binary, noTrailingNewline, new CommandResult.Exited(3)), 1024 * 1024);

        CommandRun run = capture.run(task, spec("dd", "if=/dev/urandom", "bs=1k"));

        assertThat(read(capture.openOutput(run.id(), OutputChannel.STDOUT))).isEqualTo(binary);
        assertThat(read(capture.openOutput(run.id(), OutputChannel.STDERR))).isEqualTo(noTrailingNewline);
        assertThat(run.stdout().size()).isEqualTo(binary.length);
        assertThat(run.stdout().sha256()).isEqualTo(Sha256.hex(binary));
        assertThat(run.stderr().sha256()).isEqualTo(Sha256.hex(noTrailingNewline));
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.duration().toMillis()).isEqualTo(2_345);
        assertThat(run.host()).isEqualTo("ops-box");
        assertThat(capture.get(run.id())).isEqualTo(run);
    }

    @Test
    void theArgvIsKeptExactlyWhileTheShownLineAndEnvironmentAreMasked() {
        CommandCapture capture = capture(new ScriptedRunner(new byte[0], new byte[0], new CommandResult.Exited(0)), 1024 * 1024);

        CommandRun run = capture.run(task, spec("mysql", "--password", "hunter2-Secret", "-e", "select 'it''s'"));

        assertThat(capture.argv(run.id())).containsExactly("mysql", "--password", "hunter2-Secret", "-e", "select 'it''s'");
        assertThat(run.display()).startsWith("mysql --password ****").doesNotContain("hunter2");
        assertThat(run.environment()).containsOnlyKeys("PATH");
        assertThat(new String(run.sealedArgv(), StandardCharsets.ISO_8859_1)).doesNotContain("hunter2");
    }

    @Test
    void anOutputOverTheCapKeepsItsHeadAndTailWithAMarkerAndTheWholesSizeAndDigest() throws IOException {
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        CommandCapture capture = capture(new ScriptedRunner(big, new byte[0], new CommandResult.Exited(0)), 10_000);

        CommandRun run = capture.run(task, spec("yes"));
        byte[] kept = read(capture.openOutput(run.id(), OutputChannel.STDOUT));
        String text = new String(kept, StandardCharsets.UTF_8);

        assertThat(run.stdout().truncated()).isTrue();
        assertThat(run.stdout().size()).isEqualTo(100_000);
        assertThat(run.stdout().sha256()).isEqualTo(Sha256.hex(big));
        assertThat(kept).hasSize((int) run.stdout().keptBytes());
        assertThat(text).startsWith(new String(big, 0, 5_000, StandardCharsets.UTF_8));
        assertThat(text).endsWith(new String(big, 95_000, 5_000, StandardCharsets.UTF_8));
        assertThat(text).contains("[opstracker: 90,000 bytes cut here; the whole output was 100,000 bytes, sha256 " + Sha256.hex(big) + "]");
    }

    @Test
    void aChangedMissingOrAddedChunkFailsTheReadInsteadOfReturningGarbage() throws IOException {
        byte[] random = new byte[200_000];
        new Random(2).nextBytes(random);
        CommandCapture capture = capture(new ScriptedRunner(random, new byte[0], new CommandResult.Exited(0)), 1024 * 1024);
        CommandRun run = capture.run(task, spec("cat", "blob"));
        var chunks = outputs.chunks(run.id(), OutputChannel.STDOUT);
        assertThat(chunks).hasSizeGreaterThan(3);

        byte[] original = chunks.get(1).clone();
        byte[] flipped = original.clone();
        flipped[20] ^= 1;
        chunks.put(1, flipped);
        assertThatThrownBy(() -> read(capture.openOutput(run.id(), OutputChannel.STDOUT))).isInstanceOf(Cipher.TamperedDataException.class);

        chunks.put(1, original);
        byte[] last = chunks.remove(chunks.lastKey());
        assertThatThrownBy(() -> read(capture.openOutput(run.id(), OutputChannel.STDOUT))).isInstanceOf(Cipher.TamperedDataException.class)
                .hasMessageContaining("before its last chunk");

        chunks.put(chunks.lastKey() + 1, last);
        chunks.put(chunks.lastKey() + 1, chunks.get(0));
        assertThatThrownBy(() -> read(capture.openOutput(run.id(), OutputChannel.STDOUT))).isInstanceOf(Cipher.TamperedDataException.class);
    }

    @Test
    void nothingStoredHoldsThePlaintextOfAnOutput() {
        byte[] marker = "PLANTED-MARKER-1234 ".repeat(50).getBytes(StandardCharsets.US_ASCII);
        CommandCapture capture = capture(new ScriptedRunner(marker, marker, new CommandResult.Exited(0)), 1024 * 1024);

        CommandRun run = capture.run(task, spec("echo", "PLANTED-MARKER-1234"));

        for (OutputChannel channel : OutputChannel.values()) {
            outputs.chunks(run.id(), channel).values().forEach(chunk ->
                    assertThat(new String(chunk, StandardCharsets.ISO_8859_1)).doesNotContain("PLANTED-MARKER"));
        }
    }

    @Test
    void destroyingAClientsMasterKeyShredsItsOutputsButKeepsTheRunsMetadata() throws IOException {
        TaskId clientTask = tasks.add(new NewTask(TaskFixtures.aTask().forClient("ACME").build(), Instant.parse("2026-11-25T08:00:00Z"))).id();
        CommandCapture capture = capture(new ScriptedRunner("secret plans".getBytes(StandardCharsets.UTF_8), new byte[0],
                new CommandResult.Exited(0)), 1024 * 1024);
        CommandRun acme = capture.run(clientTask, spec("cat", "plans"));
        CommandRun other = capture.run(task, spec("cat", "plans"));

        cipher.destroy("client:ACME");

        assertThatThrownBy(() -> capture.openOutput(acme.id(), OutputChannel.STDOUT)).isInstanceOf(Cipher.KeyUnavailableException.class);
        assertThat(capture.get(acme.id()).stdout().size()).isEqualTo(12);
        assertThat(read(capture.openOutput(other.id(), OutputChannel.STDOUT))).asString(StandardCharsets.UTF_8).isEqualTo("secret plans");
    }

    @Test
    void aProgramThatCannotStartIsRefusedByNameAndLeavesNoRunOrChunks() {
        CommandCapture capture = capture(new ScriptedRunner(new byte[0], new byte[0], new CommandResult.Exited(0)), 1024 * 1024);

        assertThatThrownBy(() -> capture.run(task, spec("no-such-program"))).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("no-such-program");
        assertThat(runs.verify().checked()).isZero();
        assertThat(outputs.chunks(runs.reserveId(), OutputChannel.STDOUT)).isEmpty();
    }

    @Test
    void aRunOfAnUnknownTaskIsRefused() {
        CommandCapture capture = capture(new ScriptedRunner(new byte[0], new byte[0], new CommandResult.Exited(0)), 1024 * 1024);

        assertThatThrownBy(() -> capture.run(TaskId.of(999), spec("true"))).isInstanceOf(DomainException.NotFound.class).hasMessageContaining("999");
    }
}
