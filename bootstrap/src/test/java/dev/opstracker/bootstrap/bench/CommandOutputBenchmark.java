package dev.opstracker.bootstrap.bench;

import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.bootstrap.OpsTracker;
import dev.opstracker.bootstrap.wiring.CommandModule;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.DataKey;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.security.BouncyCastleCipher;
import dev.opstracker.persistence.security.MasterKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command output at rest (issue 5, "Performance"): a 10 MB log stored and read back through the
 * embedded facade (deflate, AES-256-GCM chunks, H2), against the raw work of the same bytes in the
 * same run (deflate, AES-GCM with Bouncy Castle, write and fsync a file); and a 100 MB output stored
 * and read back by a child JVM capped at -Xmx128m. Prints figures; never fails on speed.
 */
@Tag("bench")
class CommandOutputBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(CommandOutputBenchmark.class);
    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final int RUNS = 7;

    @TempDir
    Path temporary;

    @Test
    void printCommandOutputFigures() throws Exception {
        byte[] log = LogLines.bytes(TEN_MB);
        List<String> rows = new ArrayList<>();
        long[] store = new long[RUNS];
        long[] read = new long[RUNS];
        long[] raw = new long[RUNS];
        try (OpsTracker ops = OpsTracker.embedded(temporary.resolve("store"))) {
            TaskId task = ops.tasks().create(TaskDetails.titled("Benchmark output")).id();
            storeAndRead(ops, task, log, new long[1], new long[1]);
            for (int run = 0; run < RUNS; run++) {
                long[] storeNanos = new long[1];
                long[] readNanos = new long[1];
                storeAndRead(ops, task, log, storeNanos, readNanos);
                store[run] = storeNanos[0];
                read[run] = readNanos[0];
            }
        }
        Cipher cipher = new BouncyCastleCipher(MasterKeys.fromEnvironmentValue(Base64.getEncoder().encodeToString(new byte[32])));
        rawWork(cipher, log, temporary.resolve("raw-warm-up"));
        for (int run = 0; run < RUNS; run++) {
            raw[run] = rawWork(cipher, log, temporary.resolve("raw-" + run));
        }
        long rawMedian = median(raw);
        rows.add(figure("10 MB log stored (deflate, sealed chunks, H2)", store, rawMedian));
        rows.add(figure("10 MB log read back", read, rawMedian));
        rows.add(String.format(Locale.ROOT, "%-60s median %7.1f ms (same bytes: deflate + AES-GCM + write + fsync)", "raw work", rawMedian / 1e6));
        rows.add(hundredMegabytesInASmallHeap());
        String table = String.join(System.lineSeparator(), rows);
        LOG.info("Command output benchmark{}{}", System.lineSeparator(), table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-command-output.txt"), table + System.lineSeparator());
    }

    private static void storeAndRead(OpsTracker ops, TaskId task, byte[] log, long[] storeNanos, long[] readNanos) throws IOException {
        long start = System.nanoTime();
        CommandRun run = ops.commands().record(task, new RecordedCommand(List.of("journalctl", "-u", "api"), "/", Map.of(), "bench", "ops",
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:01Z"), new CommandResult.Exited(0)),
                new ByteArrayInputStream(log), InputStream.nullInputStream());
        storeNanos[0] = System.nanoTime() - start;
        start = System.nanoTime();
        try (InputStream output = ops.commands().openOutput(run.id(), OutputChannel.STDOUT)) {
            if (output.transferTo(OutputStream.nullOutputStream()) != log.length) {
                throw new AssertionError("read back a different length");
            }
        }
        readNanos[0] = System.nanoTime() - start;
    }

    /** What storing the bytes costs at least: the same deflate and sealing, and one fsynced file. */
    private static long rawWork(Cipher cipher, byte[] log, Path file) throws IOException {
        long start = System.nanoTime();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(log);
        deflater.finish();
        byte[] buffer = new byte[log.length + 1024];
        int compressed = 0;
        while (!deflater.finished()) {
            compressed += deflater.deflate(buffer, compressed, buffer.length - compressed);
        }
        deflater.end();
        DataKey key = cipher.newDataKey("default");
        byte[] sealed = cipher.seal(key, Arrays.copyOf(buffer, compressed), new byte[] {1});
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(sealed));
            channel.force(true);
        }
        return System.nanoTime() - start;
    }

    /** A child JVM with a 128 MB heap records a generated 100 MB output and reads it back, comparing digests. */
    private String hundredMegabytesInASmallHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                HundredMegabytes.class.getName(), temporary.resolve("hundred").toString()).redirectErrorStream(true);
        builder.environment().put(CommandModule.OUTPUT_CAP_VARIABLE, Long.toString(100L * 1024 * 1024));
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        String last = output.lines().filter(line -> line.startsWith("100 MB")).reduce((first, second) -> second).orElse("no result line");
        return String.format(Locale.ROOT, "%-60s %s (exit %s)", "100 MB output at -Xmx128m", last, ended ? child.exitValue() : "timed out");
    }

    private static String figure(String label, long[] nanos, long rawMedian) {
        long median = median(nanos);
        return String.format(Locale.ROOT, "%-60s median %7.1f ms, max %7.1f ms over %d runs; %.2fx the raw work (targets < 250 ms, <= 2.5x)", label,
                median / 1e6, max(nanos) / 1e6, nanos.length, (double) median / rawMedian);
    }

    private static long median(long[] values) {
        List<Long> sorted = new ArrayList<>();
        for (long value : values) {
            sorted.add(value);
        }
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long max(long[] values) {
        long max = 0;
        for (long value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
