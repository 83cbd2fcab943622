package dev.opstracker.bootstrap.metrics;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A figure read at most once per {@code maxAge}, however often it is scraped: a gauge over a database query must not
 * query on every scrape of every Prometheus server. While one thread reads, others get the last value. A read that
 * fails (the database away) gives NaN, which Prometheus stores as a gap, until a read succeeds.
 */
final class CachedFigure {

    private static final Logger LOG = LoggerFactory.getLogger(CachedFigure.class);

    private final String name;
    private final LongSupplier read;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile double value = Double.NaN;
    private volatile long readAt;
    private volatile boolean everRead;

    CachedFigure(String name, LongSupplier read, Duration maxAge, LongSupplier nanoTime) {
        this.name = requireNonNull(name, "name is null");
        this.read = requireNonNull(read, "read is null");
        this.maxAgeNanos = requireNonNull(maxAge, "maxAge is null").toNanos();
        this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
    }

    CachedFigure(String name, LongSupplier read, Duration maxAge) {
        this(name, read, maxAge, System::nanoTime);
    }

    double value() {
        long now = nanoTime.getAsLong();
        if ((!everRead || now - readAt >= maxAgeNanos) && reading.tryLock()) {
            try {
                value = read.getAsLong();
            } catch (RuntimeException failure) {
                LOG.debug("Could not read the figure {}: {}", name, failure.getMessage());
                value = Double.NaN;
            } finally {
                readAt = now;
                everRead = true;
                reading.unlock();
            }
        }
        return value;
    }
}
