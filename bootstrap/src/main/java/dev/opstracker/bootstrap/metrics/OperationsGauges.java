package dev.opstracker.bootstrap.metrics;

import static java.util.Objects.requireNonNull;

import dev.opstracker.persistence.StoredFigures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Gauges over stored state: running timers, recorded command output, and the room left on the data directory's disk.
 * The database figures are cached ({@link CachedFigure}); the disk is asked on each scrape, which costs one
 * {@code statvfs}.
 */
public final class OperationsGauges {

    /** A count on an index: fresh enough for an alert on a forgotten timer. */
    public static final Duration RUNNING_TIMERS_MAX_AGE = Duration.ofSeconds(15);
    /** A sum over every command run's row: read seldom, the total grows slowly. */
    public static final Duration STORED_OUTPUT_MAX_AGE = Duration.ofMinutes(5);

    private OperationsGauges() {
    }

    public static void register(MeterRegistry registry, StoredFigures figures, Path dataDirectory) {
        requireNonNull(registry, "registry is null");
        requireNonNull(figures, "figures is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        CachedFigure timers = new CachedFigure("running timers", figures::runningTimers, RUNNING_TIMERS_MAX_AGE);
        Gauge.builder("opstracker.timers.running", timers, CachedFigure::value).strongReference(true)
                .description("Timers running now, over every user and node (read at most every 15 s)").register(registry);
        CachedFigure output = new CachedFigure("stored output bytes", figures::storedOutputBytes, STORED_OUTPUT_MAX_AGE);
        Gauge.builder("opstracker.command.output.stored", output, CachedFigure::value).strongReference(true).baseUnit("bytes")
                .description("Command output recorded, stdout and stderr as captured (read at most every 5 min)").register(registry);
        Gauge.builder("opstracker.disk.usable", dataDirectory, OperationsGauges::usableBytes).strongReference(true).baseUnit("bytes")
                .description("Bytes usable on the file system of the data directory").register(registry);
        Gauge.builder("opstracker.disk.total", dataDirectory, OperationsGauges::totalBytes).strongReference(true).baseUnit("bytes")
                .description("Size of the file system of the data directory").register(registry);
    }

    static double usableBytes(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException | UncheckedIOException missing) {
            return Double.NaN;
        }
    }

    static double totalBytes(Path directory) {
        try {
            return Files.getFileStore(directory).getTotalSpace();
        } catch (IOException | UncheckedIOException missing) {
            return Double.NaN;
        }
    }
}
