package dev.opstracker.domain.storage;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;

/**
 * When a volume counts as nearly full ({@code warning}) and as too full to take changes ({@code critical}).
 * The critical level lies at or below the warning level in both of its measures.
 */
public record StorageThresholds(FreeSpaceThreshold warning, FreeSpaceThreshold critical) {

    private static final long MIB = 1024L * 1024;

    /**
     * Warning below 10% or 1 GiB free, critical below 2% or 200 MiB, whichever is less. The critical
     * headroom lets the changes under way, alert intake, timer stops and the database's own bookkeeping
     * finish; the warning one lasts for about a thousand of the largest outputs while they are kept truncated.
     */
    public static final StorageThresholds DEFAULT = new StorageThresholds(new FreeSpaceThreshold(10, 1024 * MIB),
            new FreeSpaceThreshold(2, 200 * MIB));

    public StorageThresholds {
        requireNonNull(warning, "warning is null");
        requireNonNull(critical, "critical is null");
        if (critical.percent() > warning.percent() || critical.bytes() > warning.bytes()) {
            throw new DomainException.InvalidInput("critical", critical.describe(), "the critical level lies at or below the warning level (%s)"
                    .formatted(warning.describe()));
        }
    }

    /** The most serious level {@code volume} has reached. */
    public StorageLevel levelOf(VolumeSpace volume) {
        requireNonNull(volume, "volume is null");
        if (critical.reachedBy(volume)) {
            return StorageLevel.CRITICAL;
        }
        return warning.reachedBy(volume) ? StorageLevel.WARNING : StorageLevel.NORMAL;
    }

    /** The threshold of {@code level}; NORMAL has none. */
    FreeSpaceThreshold of(StorageLevel level) {
        return switch (level) {
            case NORMAL -> throw new IllegalArgumentException("the normal level has no threshold");
            case WARNING -> warning;
            case CRITICAL -> critical;
        };
    }
}
