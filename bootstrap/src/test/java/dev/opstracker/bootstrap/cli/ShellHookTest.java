package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opstracker.bootstrap.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shell hook in a real interactive bash and zsh: while a task is active, each command line is handed to
 * {@code opstracker commands record} with its exit code and times; before and after, nothing is. The hook calls a
 * stand-in that writes down its arguments (the real command is tested by {@link CommandsRecordCliTest}).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bash and zsh hooks")
class ShellHookTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh"})
    void whileATaskIsActiveEachCommandLineIsRecordedWithItsExitCodeAndNothingElseIs(String shell) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin", shell)) || Files.isExecutable(Path.of("/bin", shell)), shell + " is not installed here");
        Path calls = work.resolve("calls");
        Path standIn = Files.writeString(work.resolve("opstracker"), "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + calls + "'\n");
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwx------"));
        Result hook = Cli.runRaw("shell-hook", shell, "--command", standIn.toString());
        Path rc = Files.writeString(work.resolve("hook"), hook.out());

        String session = String.join("\n", "source '" + rc + "'", "echo before", "ot-task 42", "ls /no/such/dir", "echo 'hello world'",
                "ot-task off", "echo after", "exit", "");
        List<String> command = shell.equals("bash") ? List.of("bash", "--norc", "--noprofile", "-i") : List.of("zsh", "-f", "-i");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("shell.log").toFile());
        // No history file of the test's user is read or written.
        builder.environment().put("HISTFILE", work.resolve("history").toString());
        Process process = builder.start();
        process.getOutputStream().write(session.getBytes());
        process.getOutputStream().close();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the shell ends").isTrue();
        List<String> recorded = awaitLines(calls, 2);

        assertThat(hook.exitCode()).isZero();
        // Each call runs in the background, so they may land in either order; each carries its own times.
        assertThat(recorded).hasSize(2);
        assertThat(recorded).filteredOn(call -> call.endsWith(" -- ls /no/such/dir")).singleElement().asString()
                .startsWith("commands record --task 42 --exit 2 --started ");
        assertThat(recorded).filteredOn(call -> call.endsWith(" -- echo 'hello world'")).singleElement().asString()
                .startsWith("commands record --task 42 --exit 0 --started ").contains("--cwd " + work.toRealPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fish", "powershell"})
    void anUnsupportedShellIsAUsageError(String shell) {
        Result refused = Cli.runRaw("shell-hook", shell);

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("bash and zsh", shell);
    }

    /** The hook records in the background: wait a little for its calls to land. */
    private static List<String> awaitLines(Path file, int expected) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(file) && Files.readAllLines(file).size() >= expected) {
                Thread.sleep(300);
                return Files.readAllLines(file);
            }
            Thread.sleep(50);
        }
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
