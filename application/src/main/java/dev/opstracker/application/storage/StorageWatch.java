package dev.opstracker.application.storage;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.storage.DiskSpace;
import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.domain.storage.StorageLevel;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How full the local volumes are, measured through {@link DiskSpace} at most once per
 * {@link StorageSettings#checkInterval()}, so that a request does not measure the disk each time.
 * The one place that decides what storage pressure means: past the warning level large outputs are
 * kept truncated ({@link #outputCap}); past the critical level every change but alert intake and
 * stopping timers is refused ({@link #requireRoomToWrite}). A change of level is told to the
 * {@link Listener} once. Safe for concurrent use: while one caller measures, others use the last reading.
 */
public final class StorageWatch {

    private static final StorageWatch UNWATCHED = new StorageWatch(List::of, StorageSettings.DEFAULT, InstantSource.system(), Listener.NONE);

    private final DiskSpace disk;
    private final StorageSettings settings;
    private final InstantSource clock;
    private final Listener listener;
    private final ReentrantLock measuring = new ReentrantLock();
    private volatile Reading last;

    /** Told when the level changes, for instance to log it; called by the caller that measured, never twice for one change. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (before, now) -> {
        };

        void levelChanged(StorageCondition before, StorageCondition now);
    }

    public StorageWatch(DiskSpace disk, StorageSettings settings, InstantSource clock, Listener listener) {
        this.disk = requireNonNull(disk, "disk is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.listener = requireNonNull(listener, "listener is null");
    }

    /** A watch over no volume: always normal, for services built without one. */
    public static StorageWatch unwatched() {
        return UNWATCHED;
    }

    /** The condition of the watched volumes, measured within the check interval. */
    public StorageCondition condition() {
        Reading seen = last;
        if (seen != null && fresh(seen)) {
            return seen.condition();
        }
        if (seen == null) {
            measuring.lock();
        } else if (!measuring.tryLock()) {
            return seen.condition();
        }
        try {
            Reading current = last;
            if (current != null && current != seen && fresh(current)) {
                return current.condition();
            }
            Reading measured = new Reading(StorageCondition.of(disk.measure(), settings.thresholds()), clock.instant());
            last = measured;
            StorageCondition before = current == null ? StorageCondition.of(List.of(), settings.thresholds()) : current.condition();
            if (before.level() != measured.condition().level()) {
                listener.levelChanged(before, measured.condition());
            }
            return measured.condition();
        } finally {
            measuring.unlock();
        }
    }

    /**
     * Lets a change go ahead unless a watched volume is past the critical level. Use cases that write call
     * it before anything else, so a refused change has written nothing; alert intake and stopping timers do not.
     *
     * @throws DomainException.StorageFull past the critical level, saying why and what still works
     */
    public void requireRoomToWrite() {
        StorageCondition condition = condition();
        if (condition.level() == StorageLevel.CRITICAL) {
            throw new DomainException.StorageFull(condition.refusal());
        }
    }

    /** The bytes of one output to keep whole: {@code configuredCap}, or less past the warning level. */
    public long outputCap(long configuredCap) {
        return underPressure() ? Math.min(configuredCap, settings.pressureOutputCap()) : configuredCap;
    }

    /** Whether a watched volume is past the warning level (or the critical one). */
    public boolean underPressure() {
        return condition().level() != StorageLevel.NORMAL;
    }

    private boolean fresh(Reading reading) {
        return clock.instant().isBefore(reading.measuredAt().plus(settings.checkInterval()));
    }

    private record Reading(StorageCondition condition, Instant measuredAt) {
    }
}
