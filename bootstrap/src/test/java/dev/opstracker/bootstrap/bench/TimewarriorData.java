package dev.opstracker.bootstrap.bench;

import dev.opstracker.domain.task.BillingCode;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's intervals as Timewarrior's own data files ({@code data/YYYY-MM.data}, lines
 * {@code inc 20260601T070000Z - 20260601T071500Z # CLIENT3 p1 user4}), and {@code timew summary}
 * over the six months for one client timed on them: the yardstick the issue compares reports with.
 */
final class TimewarriorData {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final int RUNS = 3;

    private TimewarriorData() {
    }

    /** A table line with the median of {@code timew summary} for {@code client} and how many times the report's median it took, or why there is none. */
    static String summaryLine(Path database, int users, LocalDate firstDay, LocalDate lastDay, BillingCode client, double reportMillis)
            throws Exception {
        String label = "timew summary, %d users, one client".formatted(users);
        if (!onPath("timew")) {
            return "%-52s %s".formatted(label, "(timew not installed: apt-get install timewarrior)");
        }
        write(database, users, firstDay, lastDay);
        long[] nanos = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            run(database, List.of("timew", "summary", firstDay.toString(), "-", lastDay.plusDays(1).toString(), client.value()));
            nanos[run] = System.nanoTime() - start;
        }
        double median = TimeReportBenchmark.millis(nanos, 0.5);
        return "%-52s %11.2f ms %14s %12s".formatted(label, median, "", "H2 report %.1fx faster".formatted(median / reportMillis));
    }

    private static void write(Path database, int users, LocalDate firstDay, LocalDate lastDay) throws Exception {
        Path data = Files.createDirectories(database.resolve("data"));
        Files.writeString(database.resolve("timewarrior.cfg"), "verbose = off\nconfirmation = off\n", StandardCharsets.UTF_8);
        Map<String, BufferedWriter> months = new HashMap<>();
        try {
            TimeEntrySeed.forEach(users, firstDay, lastDay, (user, start, end, client, project, taskId, billable) -> {
                BufferedWriter month = months.computeIfAbsent(MONTH.format(start.atZone(ZoneOffset.UTC)), name -> open(data.resolve(name + ".data")));
                month.write("inc " + STAMP.format(start) + " - " + STAMP.format(end) + " # " + client.value() + " " + project + " " + user + "\n");
            });
        } finally {
            for (BufferedWriter month : months.values()) {
                month.close();
            }
        }
    }

    private static BufferedWriter open(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    private static void run(Path database, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TIMEWARRIORDB", database.toString());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("timew failed: " + command);
        }
    }
}
