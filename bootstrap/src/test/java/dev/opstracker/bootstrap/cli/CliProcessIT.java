package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line as a user runs it: the launcher script beside the jar finds a Java 21+ runtime, and
 * {@code exec} passes SIGINT on to the command and records how it ended.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the POSIX launcher and signals")
class CliProcessIT {

    private static final Path LAUNCHER = Path.of("target", "opstracker");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDirectory;

    @TempDir
    Path work;

    @Test
    void theLauncherRunsTheJarOnTheJavaItIsGiven() throws Exception {
        String testJava = ProcessHandle.current().info().command().orElseThrow();

        Finished version = run(Map.of("OPSTRACKER_JAVA", testJava), "--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isNotBlank();
    }

    @Test
    void theLauncherLooksPastAJavaOlderThan21OnThePath() throws Exception {
        Path old = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        assumeTrue(Files.isExecutable(old), "this machine has no Java 17 to put first on the PATH");
        assumeTrue(Files.list(Path.of("/usr/lib/jvm")).anyMatch(jdk -> jdk.getFileName().toString().matches(".*(2[1-9]|[3-9][0-9]).*")),
                "this machine keeps no Java 21+ under /usr/lib/jvm for the launcher to find");

        Finished version = run(Map.of("PATH", old.getParent() + ":/usr/bin:/bin", "JAVA_HOME", old.getParent().getParent().toString()), "--version");

        assertThat(version.exitCode()).as(version.err()).isZero();
    }

    @Test
    void sigintReachesTheCommandAndTheRunIsRecordedWithHowItEnded() throws Exception {
        String testJava = ProcessHandle.current().info().command().orElseThrow();
        Map<String, String> environment = Map.of("OPSTRACKER_JAVA", testJava);
        assertThat(run(environment, "task", "add", "Long migration", "--data-dir", dataDirectory.toString()).exitCode()).isZero();
        Path out = work.resolve("exec.out");

        ProcessBuilder builder = launcher(environment, "exec", "--data-dir", dataDirectory.toString(), "--task", "1", "--", "sh", "-c",
                "trap 'echo interrupted; exit 130' INT; echo ready; sleep 60 & wait");
        // A process started in the background of a shell without job control (as a build may be) begins with SIGINT
        // ignored, and so would every process it starts: perl restores the default, as a terminal's foreground job has it.
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/perl")), "perl is needed to start the command line with SIGINT handled");
        List<String> command = new ArrayList<>(List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\""));
        command.addAll(builder.command());
        builder.command(command);
        Process exec = builder.redirectOutput(out.toFile()).redirectError(work.resolve("exec.err").toFile()).start();
        awaitLine(out, "ready");
        new ProcessBuilder("kill", "-INT", Long.toString(exec.pid())).start().waitFor();

        assertThat(exec.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("exec ends after the interrupt").isTrue();
        assertThat(exec.exitValue()).isEqualTo(130);
        assertThat(Files.readString(out)).contains("ready", "interrupted");
        Finished listed = run(environment, "commands", "list", "--task", "1", "-o", "json", "--data-dir", dataDirectory.toString());
        JsonNode run = JSON.readTree(listed.out()).get(0);
        assertThat(run.path("exitCode").asInt()).isEqualTo(130);
        assertThat(run.path("stdout").path("size").asLong()).isEqualTo("ready\ninterrupted\n".length());
    }

    private record Finished(int exitCode, String out, String err) {
    }

    private Finished run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = launcher(environment, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("opstracker %s ends", String.join(" ", args)).isTrue();
        return new Finished(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private ProcessBuilder launcher(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("OPSTRACKER_JAVA");
        builder.environment().putAll(environment);
        return builder;
    }

    private static void awaitLine(Path file, String line) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(file) && Files.readAllLines(file).contains(line)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("'" + line + "' did not appear in " + file);
    }
}
