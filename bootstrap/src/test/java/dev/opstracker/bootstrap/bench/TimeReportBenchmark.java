package dev.opstracker.bootstrap.bench;

import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.application.time.ReportRequest;
import dev.opstracker.bootstrap.MariaDbScratchDatabase;
import dev.opstracker.bootstrap.OpsTracker;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Period;
import dev.opstracker.domain.time.ReportLine;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.persistence.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time reports at scale (issue 6, "Performance"): six months of entries for 25 users at about 20
 * entries per working day (about 65,000) and ten times as many users (about 650,000), seeded by
 * batched SQL ({@link TimeEntrySeed}); a per-client report over the six months by month, on H2 and,
 * when {@code OPSTRACKER_TEST_MARIADB_URL} is set, on a scratch MariaDB database; timer start/stop
 * latency through the embedded library; and {@code timew summary} over the same intervals written as
 * Timewarrior's data files ({@link TimewarriorData}), when the Debian package timewarrior is installed.
 * Prints figures next to the targets; never fails on a slow machine. Run with {@code -Pbench}.
 */
@Tag("bench")
class TimeReportBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(TimeReportBenchmark.class);

    private static final int USERS = Integer.getInteger("bench.timeUsers", 25);
    private static final int SCALE = Integer.getInteger("bench.timeScale", 10);
    private static final int REPORT_WARMUP = 30;
    private static final int REPORT_RUNS = Integer.getInteger("bench.reportRuns", 21);
    private static final int TIMER_RUNS = 2_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private static final TimeRange SIX_MONTHS = new TimeRange(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
            LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());

    @TempDir
    Path temporary;

    @Test
    void reportsOverSixMonthsAndTimerLatency() throws Exception {
        List<String> table = new ArrayList<>();
        table.add("%-52s %14s %14s %12s".formatted("measurement", "median", "p99", "target"));
        int[] scales = SCALE == 1 ? new int[] {1} : new int[] {1, SCALE};
        for (int scale : scales) {
            Path directory = temporary.resolve("h2-" + scale);
            try (OpsTracker ignored = OpsTracker.open(Settings.embedded(directory))) {
                // Opening migrates the schema; the seed writes into it with the store closed.
            }
            int seeded = TimeEntrySeed.seed(Database.embeddedUrl(directory), "sa", "", USERS * scale, FIRST_DAY, LAST_DAY);
            Figures h2;
            try (OpsTracker ops = OpsTracker.open(Settings.embedded(directory))) {
                h2 = report(ops);
                table.add(reportLine("H2, %,d entries".formatted(seeded), h2, scale == 1 ? 40 : 400));
            }
            table.add(TimewarriorData.summaryLine(temporary.resolve("timew-" + scale), USERS * scale, FIRST_DAY, LAST_DAY,
                    TimeEntrySeed.clientOf(0), h2.median()));
        }
        String mariaDb = System.getenv("OPSTRACKER_TEST_MARIADB_URL");
        if (mariaDb != null && !mariaDb.isBlank()) {
            for (int scale : scales) {
                try (MariaDbScratchDatabase scratch = new MariaDbScratchDatabase(mariaDb)) {
                    Settings settings = Settings.embedded(temporary.resolve("maria-" + scale)).withDatabase(scratch.url(), null, null);
                    try (OpsTracker ignored = OpsTracker.open(settings)) {
                        // Migrates the scratch database.
                    }
                    int seeded = TimeEntrySeed.seed(scratch.url(), null, null, USERS * scale, FIRST_DAY, LAST_DAY);
                    try (OpsTracker ops = OpsTracker.open(settings)) {
                        table.add(reportLine("MariaDB, %,d entries".formatted(seeded), report(ops), scale == 1 ? 40 : 400));
                    }
                }
            }
        }
        try (OpsTracker ops = OpsTracker.open(Settings.embedded(temporary.resolve("timers")))) {
            table.addAll(timerLines(ops));
        }
        LOG.info("Time reports and timers:\n{}", String.join("\n", table));
    }

    /** A report's median and p99 in milliseconds. */
    private record Figures(double median, double p99) {
    }

    private static String reportLine(String label, Figures figures, long targetMillis) {
        return "%-52s %11.2f ms %11.2f ms %9d ms".formatted("per-client report by month, " + label, figures.median(), figures.p99(), targetMillis);
    }

    /** Runs the per-client report after a warm-up. */
    private static Figures report(OpsTracker ops) {
        BillingCode client = TimeEntrySeed.clientOf(0);
        Rounding upToSixMinutes = new Rounding(Rounding.Mode.UP, 6, Rounding.Scope.ENTRY, 0);
        ops.billing().createClient(new CreateClientCommand(new Client(client, "Client 0", Currency.getInstance("EUR"), upToSixMinutes),
                Money.of("95.50", "EUR"), null));
        ReportRequest request = new ReportRequest(SIX_MONTHS, ZoneId.of("Europe/Berlin"), Period.MONTH, client, null, null, null, null, false, null);
        long[] nanos = new long[REPORT_RUNS];
        ReportLine total = null;
        for (int run = -REPORT_WARMUP; run < REPORT_RUNS; run++) {
            long start = System.nanoTime();
            List<ReportLine> lines = ops.reports().report(request);
            long took = System.nanoTime() - start;
            if (run >= 0) {
                nanos[run] = took;
            }
            total = lines.getLast();
        }
        LOG.info("client report total {} s, {} billable, amounts {}", total.seconds(), total.billableSeconds(), total.amounts());
        return new Figures(millis(nanos, 0.5), millis(nanos, 0.99));
    }

    private static List<String> timerLines(OpsTracker ops) {
        TaskId first = ops.tasks().create(TaskDetails.titled("bench timer one")).id();
        TaskId second = ops.tasks().create(TaskDetails.titled("bench timer two")).id();
        long[] starts = new long[TIMER_RUNS];
        long[] stops = new long[TIMER_RUNS];
        for (int run = -200; run < TIMER_RUNS; run++) {
            long start = System.nanoTime();
            ops.time().start(run % 2 == 0 ? first : second, "bench", ZoneOffset.UTC, Activity.INCIDENT);
            long started = System.nanoTime();
            ops.time().stop("bench", null);
            long stopped = System.nanoTime();
            if (run >= 0) {
                starts[run] = started - start;
                stops[run] = stopped - started;
            }
        }
        return List.of("%-52s %11.2f ms %11.2f ms %12s".formatted("timer start, embedded H2", millis(starts, 0.5), millis(starts, 0.99), "p99 < 5 ms"),
                "%-52s %11.2f ms %11.2f ms %12s".formatted("timer stop, embedded H2", millis(stops, 0.5), millis(stops, 0.99), "p99 < 5 ms"));
    }

    static double millis(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
