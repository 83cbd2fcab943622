package dev.opstracker.domain.storage;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How full the watched volumes were at one measurement: each volume's level, and the most serious
 * of them as the condition's level. No volume watched means {@link StorageLevel#NORMAL}.
 */
public record StorageCondition(StorageLevel level, List<Reading> volumes, StorageThresholds thresholds) {

    /** What still works past the critical level; every refusal says so. */
    public static final String STILL_WORKING = "reading, alert intake and stopping timers still work";

    public StorageCondition {
        requireNonNull(level, "level is null");
        volumes = List.copyOf(requireNonNull(volumes, "volumes is null"));
        requireNonNull(thresholds, "thresholds is null");
    }

    /** One volume as measured, with the level it has reached. */
    public record Reading(VolumeSpace space, StorageLevel level) {

        public Reading {
            requireNonNull(space, "space is null");
            requireNonNull(level, "level is null");
        }
    }

    /** The condition of {@code volumes} under {@code thresholds}. */
    public static StorageCondition of(List<VolumeSpace> volumes, StorageThresholds thresholds) {
        List<Reading> readings = volumes.stream().map(volume -> new Reading(volume, thresholds.levelOf(volume))).toList();
        StorageLevel worst = readings.stream().map(Reading::level).max(Comparator.naturalOrder()).orElse(StorageLevel.NORMAL);
        return new StorageCondition(worst, readings, thresholds);
    }

    /** The volume that sets the level: the fullest of the most serious level; empty when NORMAL. */
    public Optional<Reading> fullest() {
        return volumes.stream().filter(reading -> reading.level() == level && level != StorageLevel.NORMAL)
                .min(Comparator.comparingLong(reading -> reading.space().usableBytes()));
    }

    /**
     * Why the level is what it is, for {@code /health} and the log: {@code the data directory's volume has
     * 150.0 MiB free (1.5% of 9.8 GiB), below the critical threshold of 2% or 200.0 MiB of free space, whichever is less}.
     */
    public String reason() {
        return fullest().map(reading -> "the %s's volume has %s free (%s%% of %s), below the %s threshold of %s".formatted(reading.space().role(),
                        ByteAmount.describe(reading.space().usableBytes()), ByteAmount.percent(reading.space().freePercent()),
                        ByteAmount.describe(reading.space().totalBytes()), level.wireName(), thresholds.of(level).describe()))
                .orElse(volumes.isEmpty() ? "no local volume is watched" : "every watched volume has room");
    }

    /** The message of a change refused past the critical level: why, what to do, and what still works. */
    public String refusal() {
        return "storage is nearly full: %s; changes are refused until space is freed there, while %s".formatted(reason(), STILL_WORKING);
    }
}
