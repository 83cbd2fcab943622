package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as an operator runs it: {@code java -jar opstracker.jar serve} starts, answers,
 * and on SIGTERM finishes cleanly (the shutdown hook stops the server and closes the pool).
 */
class ServerProcessIT {

    private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");

    @TempDir
    Path dataDirectory;

    @Test
    void theJarServesAndStopsCleanlyOnSigterm() throws Exception {
        Path jar = Path.of("target", "opstracker.jar");
        assertThat(jar).exists();
        // A file, not a pipe: the JDK closes a child's pipe under a concurrent reader when the child exits.
        Path log = dataDirectory.resolve("server.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--port", "0", "--data-dir", dataDirectory.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int port = awaitPort(process, log);

            assertThat(new ApiClient(port, null).get("/health").status()).isEqualTo(200);
            String token = Files.readString(dataDirectory.resolve("admin.token")).strip();
            assertThat(new ApiClient(port, token).post("/api/v1/tasks", "{\"title\":\"from the jar\"}").status()).isEqualTo(201);

            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            assertThat(process.exitValue()).as("exit status after SIGTERM").isEqualTo(143);
            String output = Files.readString(log);
            assertThat(output).contains("Stopping OpsTracker", "Closed the pool", "OpsTracker stopped");
            assertThat(output).doesNotContain(token).doesNotContain("Exception");
        } finally {
            process.destroyForcibly();
        }
    }

    private static int awaitPort(Process process, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher matcher = LISTENING.matcher(Files.readString(log));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not report its port:\n" + Files.readString(log));
    }
}
