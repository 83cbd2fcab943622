package dev.opstracker.bootstrap.bench;

import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.bootstrap.OpsTracker;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Run by {@link CommandOutputBenchmark} in a JVM of its own with a 128 MB heap: stores a generated
 * 100 MB output through the facade, never holding it whole, reads it back and compares digests.
 */
public final class HundredMegabytes {

    private static final long SIZE = 100L * 1024 * 1024;

    private HundredMegabytes() {
    }

    public static void main(String[] arguments) throws Exception {
        try (OpsTracker ops = OpsTracker.embedded(Path.of(arguments[0]))) {
            TaskId task = ops.tasks().create(TaskDetails.titled("A very long build log")).id();
            MessageDigest written = MessageDigest.getInstance("SHA-256");
            long start = System.nanoTime();
            CommandRun run = ops.commands().record(task, new RecordedCommand(List.of("make", "all"), "/", Map.of(), "ci-1", "ci",
                    Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:30:00Z"), new CommandResult.Exited(0)),
                    new DigestInputStream(new LogLines(SIZE), written), InputStream.nullInputStream());
            long stored = System.nanoTime() - start;
            MessageDigest read = MessageDigest.getInstance("SHA-256");
            start = System.nanoTime();
            try (InputStream output = new DigestInputStream(ops.commands().openOutput(run.id(), OutputChannel.STDOUT), read)) {
                output.transferTo(OutputStream.nullOutputStream());
            }
            long readBack = System.nanoTime() - start;
            boolean same = HexFormat.of().formatHex(written.digest()).equals(HexFormat.of().formatHex(read.digest()))
                    && run.stdout().size() == SIZE && !run.stdout().truncated();
            long heapCommitted = Runtime.getRuntime().totalMemory() / (1024 * 1024);
            // Printed for the parent benchmark to read: this JVM's own standard output.
            System.out.println(String.format(Locale.ROOT, "100 MB %s: stored in %.1f s, read back in %.1f s, heap committed %d MB of at most %d MB",
                    same ? "read back identical" : "DIFFERS", stored / 1e9, readBack / 1e9, heapCommitted, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            if (!same) {
                System.exit(1);
            }
        }
    }
}
