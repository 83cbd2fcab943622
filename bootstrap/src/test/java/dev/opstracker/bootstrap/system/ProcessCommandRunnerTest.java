package dev.opstracker.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes: the port's contract as seen from the outside. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the commands run here are POSIX tools and /bin/sh scripts")
@Timeout(60)
class ProcessCommandRunnerTest {

    private static final Map<String, String> PATH_ONLY = Map.of("PATH", "/usr/bin:/bin");
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @TempDir
    Path directory;

    private final ProcessCommandRunner runner = new ProcessCommandRunner(InstantSource.system());

    @Test
    void outputIsCapturedExactlyWithItsTrailingNewline() throws IOException {
        Captured run = run(shell("echo hello"));

        assertThat(run.result().ending()).isEqualTo(new CommandResult.Exited(0));
        assertThat(run.stdout()).isEqualTo("hello\n");
    }

    @Test
    void outputWithoutATrailingNewlineIsCapturedAsItIs() throws IOException {
        assertThat(run(shell("printf 'no newline at the end'")).stdout()).isEqualTo("no newline at the end");
    }

    @Test
    void aNonZeroExitCodeIsReportedAsExitedWithThatCode() throws IOException {
        assertThat(run(shell("exit 3")).result().ending()).isEqualTo(new CommandResult.Exited(3));
    }

    @Test
    void standardErrorIsKeptApartFromStandardOutput() throws IOException {
        Captured run = run(shell("printf out; printf err >&2; printf more"));

        assertThat(run.stdout()).isEqualTo("outmore");
        assertThat(run.stderr()).isEqualTo("err");
    }

    @Test
    void theChildGetsExactlyTheArgumentsWithNoShellInterpretingThem() throws IOException {
        Captured run = run(spec(List.of("/usr/bin/printf", "[%s]\\n", "$HOME", "a  b", "*", "", "'quoted'"), PATH_ONLY, null));

        assertThat(run.stdout()).isEqualTo("[$HOME]\n[a  b]\n[*]\n[]\n['quoted']\n");
    }

    @Test
    void aBareProgramNameIsLookedUpOnThisJvmsPathNotOnTheSpecs() throws IOException {
        assertThat(run(spec(List.of("printf", "found"), Map.of(), null)).stdout()).isEqualTo("found");
    }

    @Test
    void theChildRunsInTheSpecsWorkingDirectory() throws IOException {
        assertThat(run(spec(List.of("/bin/pwd"), PATH_ONLY, null)).stdout()).isEqualTo(directory.toRealPath() + "\n");
    }

    @Test
    void theEnvironmentIsExactlyTheSpecsWithNothingInherited() throws IOException {
        assumeTrue(System.getenv("HOME") != null, "the parent has a HOME that could leak");

        Captured run = run(spec(List.of("/usr/bin/env"), Map.of("OPSTRACKER_PROBE", "42", "GREETING", "two words"), null));

        assertThat(run.stdout().lines()).containsExactlyInAnyOrder("OPSTRACKER_PROBE=42", "GREETING=two words")
                .noneMatch(line -> line.startsWith("HOME="));
    }

    @Test
    void theChildHasNoStandardInputToWaitFor() throws IOException {
        Captured run = run(spec(List.of("/bin/cat"), PATH_ONLY, Duration.ofSeconds(20)));

        assertThat(run.result().ending()).isEqualTo(new CommandResult.Exited(0));
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void aTimeoutStopsTheChildAndTheProcessesItStartedAndSaysTimedOut() throws IOException {
        Path grandchildPid = directory.resolve("grandchild.pid");
        Duration timeout = Duration.ofMillis(300);

        long started = System.nanoTime();
        Captured run = run(shell("sleep 30 & echo $! > \"$1\"; printf started; sleep 30", timeout, grandchildPid.toString()));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
        assertThat(run.result().ending()).isEqualTo(new CommandResult.TimedOut(timeout));
        assertThat(run.stdout()).isEqualTo("started");
        assertThat(TestProcesses.isRunning(grandchildPid)).as("the background grandchild is stopped too").isFalse();
    }

    @Test
    void aChildThatIgnoresTheRequestToEndIsKilledAfterTheGracePeriod() throws IOException {
        ProcessCommandRunner shortGrace = new ProcessCommandRunner(InstantSource.system(), Duration.ofMillis(200));
        Path grandchildPid = directory.resolve("grandchild.pid");

        long started = System.nanoTime();
        CommandResult result = shortGrace.run(
                shell("trap '' TERM; sleep 30 & echo $! > \"$1\"; wait", Duration.ofMillis(300), grandchildPid.toString()),
                OutputStream.nullOutputStream(), OutputStream.nullOutputStream());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
        assertThat(result.ending()).isInstanceOf(CommandResult.TimedOut.class);
        assertThat(TestProcesses.isRunning(grandchildPid)).isFalse();
    }

    @Test
    void anEndedButUnreapedDescendantDoesNotHoldUpTheStop() throws IOException {
        ProcessCommandRunner longGrace = new ProcessCommandRunner(InstantSource.system(), Duration.ofSeconds(20));

        long started = System.nanoTime();
        // The exec'd sleep never reaps the background child, which stays a zombie below it.
        CommandResult result = longGrace.run(shell("sleep 0 & exec sleep 30", Duration.ofMillis(300)),
                OutputStream.nullOutputStream(), OutputStream.nullOutputStream());

        assertThat(result.ending()).isInstanceOf(CommandResult.TimedOut.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
    }

    @Test
    void interruptingTheCallingThreadCancelsTheRunStopsTheChildAndKeepsTheInterruptFlag() throws Exception {
        Path grandchildPid = directory.resolve("grandchild.pid");
        CommandSpec spec = shell("sleep 30 & echo $! > \"$1\"; sleep 30", null, grandchildPid.toString());
        AtomicReference<CommandResult> result = new AtomicReference<>();
        AtomicBoolean interruptedAfterwards = new AtomicBoolean();

        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                result.set(runner.run(spec, OutputStream.nullOutputStream(), OutputStream.nullOutputStream()));
            } catch (IOException unexpected) {
                throw new AssertionError(unexpected);
            }
            interruptedAfterwards.set(Thread.currentThread().isInterrupted());
        });
        TestProcesses.awaitWritten(grandchildPid, QUICKLY);
        caller.interrupt();
        caller.join(QUICKLY);

        assertThat(caller.isAlive()).as("run() returned").isFalse();
        assertThat(result.get().ending()).isEqualTo(new CommandResult.Cancelled());
        assertThat(interruptedAfterwards).isTrue();
        assertThat(TestProcesses.isRunning(grandchildPid)).isFalse();
    }

    @Test
    void aProcessLeftBehindHoldingTheOutputOpenDoesNotHoldTheRunPastItsTimeout() throws IOException {
        Path escapedPid = directory.resolve("escaped.pid");
        try {
            // The subshell exits at once, so the sleep it started is re-parented away from the child's tree.
            long started = System.nanoTime();
            Captured run = run(shell("(sleep 30 & echo $! > \"$1\"); printf before", Duration.ofMillis(500), escapedPid.toString()));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
            assertThat(run.result().ending()).as("the child exited by itself").isEqualTo(new CommandResult.Exited(0));
            assertThat(run.stdout()).isEqualTo("before");
        } finally {
            ProcessHandle.of(TestProcesses.pid(escapedPid)).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void tenMegabytesOfOutputAreStreamedIntactInSmallChunks() throws IOException {
        Path file = directory.resolve("random.bin");
        byte[] expectedDigest = TestStreams.writeRandomFile(file, 10 * 1024 * 1024);
        TestStreams.Digesting stdout = new TestStreams.Digesting();

        CommandResult result = runner.run(spec(List.of("/bin/cat", file.toString()), PATH_ONLY, null), stdout, OutputStream.nullOutputStream());

        assertThat(result.ending()).isEqualTo(new CommandResult.Exited(0));
        assertThat(stdout.count()).isEqualTo(10 * 1024 * 1024);
        assertThat(stdout.digest()).isEqualTo(expectedDigest);
        assertThat(stdout.largestWrite()).as("no write carries the whole output").isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void bothStreamsCarryLargeOutputAtTheSameTimeWithoutBlockingTheChild() throws IOException {
        Path file = directory.resolve("random.bin");
        byte[] expectedDigest = TestStreams.writeRandomFile(file, 4 * 1024 * 1024);
        TestStreams.Digesting stdout = new TestStreams.Digesting();
        TestStreams.Digesting stderr = new TestStreams.Digesting();

        CommandResult result = runner.run(shell("cat \"$1\" >&2 & cat \"$1\"; wait", null, file.toString()), stdout, stderr);

        assertThat(result.ending()).isEqualTo(new CommandResult.Exited(0));
        assertThat(stdout.digest()).isEqualTo(expectedDigest);
        assertThat(stderr.digest()).isEqualTo(expectedDigest);
    }

    @Test
    void everyByteValueIsCopiedUnchanged() throws IOException {
        byte[] everyByte = new byte[512];
        IntStream.range(0, everyByte.length).forEach(index -> everyByte[index] = (byte) index);
        Path file = Files.write(directory.resolve("bytes.bin"), everyByte);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        runner.run(spec(List.of("/bin/cat", file.toString()), PATH_ONLY, null), stdout, OutputStream.nullOutputStream());

        assertThat(stdout.toByteArray()).isEqualTo(everyByte);
    }

    @Test
    void aMissingProgramFailsWithAnIOExceptionNamingItAndTheWorkingDirectory() {
        String program = directory.resolve("no-such-program").toString();

        assertThatThrownBy(() -> run(spec(List.of(program, "--secret-argument"), PATH_ONLY, null)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(program).hasMessageContaining(directory.toString())
                .hasMessageNotContaining("--secret-argument");
    }

    @Test
    void aFileThatIsNotExecutableFailsWithAnIOExceptionNamingIt() throws IOException {
        Path script = Files.writeString(directory.resolve("not-executable.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> run(spec(List.of(script.toString()), PATH_ONLY, null)))
                .isInstanceOf(IOException.class).hasMessageContaining(script.toString());
    }

    @Test
    void aFailingOutputStreamDoesNotBlockTheChildAndItsFailureIsThrownAfterTheChildEnded() {
        Path marker = directory.resolve("finished");
        IOException diskFull = new IOException("disk full (test)");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        // A megabyte is far more than a pipe buffer: undrained, the child would block for ever.
        assertThatThrownBy(() -> runner.run(shell("head -c 1048576 /dev/zero; echo done > \"$1\"; printf still-here >&2", null, marker.toString()),
                new TestStreams.Failing(diskFull), stderr))
                .isSameAs(diskFull);
        assertThat(marker).as("the child ran to its end").exists();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("still-here");
    }

    @Test
    void oneFailingStreamGivenForBothOutputsIsThrownOnce() {
        IOException closed = new IOException("connection closed (test)");
        TestStreams.Failing failing = new TestStreams.Failing(closed);

        assertThatThrownBy(() -> runner.run(shell("printf out; printf err >&2"), failing, failing)).isSameAs(closed);
    }

    @Test
    void startAndEndComeFromTheInjectedClockTruncatedToMilliseconds() throws IOException {
        Iterator<Instant> ticks = List.of(Instant.parse("2026-01-02T03:04:05.123456789Z"), Instant.parse("2026-01-02T03:04:06.987654321Z")).iterator();
        ProcessCommandRunner clocked = new ProcessCommandRunner(ticks::next);

        CommandResult result = clocked.run(shell("exit 0"), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());

        assertThat(result.startedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.123Z"));
        assertThat(result.endedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:06.987Z"));
    }

    @Test
    void aClockThatStepsBackDuringARunGivesAZeroDurationRatherThanAFailure() throws IOException {
        Iterator<Instant> ticks = List.of(Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:01Z")).iterator();

        CommandResult result = new ProcessCommandRunner(ticks::next).run(shell("exit 0"), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());

        assertThat(result.duration()).isZero();
    }

    private CommandSpec spec(List<String> argv, Map<String, String> environment, Duration timeout) {
        return new CommandSpec(argv, directory, environment, timeout);
    }

    private CommandSpec shell(String script) {
        return shell(script, null);
    }

    private CommandSpec shell(String script, Duration timeout, String... arguments) {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", script, "sh"));
        argv.addAll(List.of(arguments));
        return spec(argv, PATH_ONLY, timeout);
    }

    private Captured run(CommandSpec spec) throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        CommandResult result = runner.run(spec, stdout, stderr);
        return new Captured(result, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    private record Captured(CommandResult result, String stdout, String stderr) {
    }
}
