package dev.opstracker.domain.storage;

import java.util.List;

/**
 * The free space of the local volumes that hold OpsTracker's data: its data directory, and an embedded
 * database's file when it lies on another volume. A database on another server is not among them:
 * its disk cannot be seen from here, and its own disk-full errors are reported as they happen.
 *
 * <p>Each call measures anew (callers cache). Implementations never throw: a volume that cannot be
 * measured is left out and reported by the implementation. Safe for concurrent use.
 */
@FunctionalInterface
public interface DiskSpace {

    /** One entry per distinct volume, in a stable order; empty when no volume is watched. */
    List<VolumeSpace> measure();
}
