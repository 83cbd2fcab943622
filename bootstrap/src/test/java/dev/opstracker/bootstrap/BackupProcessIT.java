package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore as an operator runs them with the packaged jar: refused while a server holds the
 * embedded database, done once it stopped, and the restored directory served with the same tasks and admin token.
 */
class BackupProcessIT {

    private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");
    private static final Path JAR = Path.of("target", "opstracker.jar");

    @TempDir
    Path temporary;

    @Test
    void aBackupIsRefusedWhileServeHoldsTheDatabaseAndOnceStoppedRestoresIntoADirectoryThatServesTheSameTasks() throws Exception {
        Path live = temporary.resolve("live");
        Path file = temporary.resolve("nightly.backup");
        String location;
        Process server = serve(live, temporary.resolve("live.log"));
        try {
            int port = awaitPort(server, temporary.resolve("live.log"));
            String token = Files.readString(live.resolve("admin.token")).strip();
            ApiClient.Reply created = new ApiClient(port, token).post("/api/v1/tasks", "{\"title\":\"before the backup\"}");
            assertThat(created.status()).isEqualTo(201);
            location = created.header("Location");

            Run refused = run("backup", file.toString(), "--data-dir", live.toString());

            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("the embedded database in " + live.toAbsolutePath() + " is open in another process");
            assertThat(file).doesNotExist();
        } finally {
            stop(server);
        }

        Run backup = run("backup", file.toString(), "--data-dir", live.toString());
        Path restored = temporary.resolve("restored");
        Run restore = run("restore", file.toString(), "--data-dir", restored.toString());

        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up to " + file.toAbsolutePath() + ": the embedded database at schema version ");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored into " + restored.toAbsolutePath());
        Process again = serve(restored, temporary.resolve("restored.log"));
        try {
            int port = awaitPort(again, temporary.resolve("restored.log"));
            String token = Files.readString(restored.resolve("admin.token")).strip();
            ApiClient.Reply task = new ApiClient(port, token).get(location.substring(location.indexOf("/api/")));
            assertThat(task.status()).isEqualTo(200);
            assertThat(task.json().get("title").asText()).isEqualTo("before the backup");
        } finally {
            stop(again);
        }
        assertThat(Files.readString(temporary.resolve("restored.log")) + backup.err() + restore.err()).doesNotContain("correct horse");
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temporary, "out", ".txt");
        Path err = Files.createTempFile(temporary, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put(PassphraseOptions.VARIABLE, "correct horse battery staple");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", args[0]).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Process serve(Path dataDirectory, Path log) throws IOException {
        return new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--port", "0", "--data-dir", dataDirectory.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
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
