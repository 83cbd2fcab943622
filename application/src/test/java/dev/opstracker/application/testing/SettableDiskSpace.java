package dev.opstracker.application.testing;

import dev.opstracker.domain.storage.DiskSpace;
import dev.opstracker.domain.storage.VolumeSpace;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One volume, the data directory's, whose free space tests set by hand; counts how often it was measured. Safe for concurrent use. */
public final class SettableDiskSpace implements DiskSpace {

    public static final long GIB = 1024L * 1024 * 1024;

    private final AtomicInteger measurements = new AtomicInteger();
    private volatile VolumeSpace volume;

    public SettableDiskSpace(long totalBytes, long usableBytes) {
        set(totalBytes, usableBytes);
    }

    /** A 100 GiB volume with half of it free: normal under the default thresholds. */
    public static SettableDiskSpace roomy() {
        return new SettableDiskSpace(100 * GIB, 50 * GIB);
    }

    public void set(long totalBytes, long usableBytes) {
        volume = new VolumeSpace("data directory", totalBytes, usableBytes);
    }

    /** Leaves {@code usableBytes} free on the same volume. */
    public void free(long usableBytes) {
        set(volume.totalBytes(), usableBytes);
    }

    /** 500 MiB free of 100 GiB: past the default warning level, not the critical one. */
    public void nearlyFull() {
        set(100 * GIB, 500L * 1024 * 1024);
    }

    /** 50 MiB free of 100 GiB: past the default critical level. */
    public void full() {
        set(100 * GIB, 50L * 1024 * 1024);
    }

    public int measurements() {
        return measurements.get();
    }

    @Override
    public List<VolumeSpace> measure() {
        measurements.incrementAndGet();
        return List.of(volume);
    }
}
