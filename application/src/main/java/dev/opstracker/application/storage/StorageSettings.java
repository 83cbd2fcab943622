package dev.opstracker.application.storage;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.storage.StorageThresholds;
import java.time.Duration;

/**
 * How storage is watched here.
 *
 * @param thresholds        when a volume counts as nearly full and as too full to take changes
 * @param checkInterval     how long a measurement is used before the disk is measured again
 * @param pressureOutputCap past the warning level, the bytes of one command output kept whole (head and tail beyond)
 */
public record StorageSettings(StorageThresholds thresholds, Duration checkInterval, long pressureOutputCap) {

    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(5);
    public static final long DEFAULT_PRESSURE_OUTPUT_CAP = 1024L * 1024;
    /** The smallest output cap command capture accepts: room for a head, a marker and a tail. */
    public static final long MIN_PRESSURE_OUTPUT_CAP = 4 * 1024;
    public static final StorageSettings DEFAULT = new StorageSettings(StorageThresholds.DEFAULT, DEFAULT_CHECK_INTERVAL, DEFAULT_PRESSURE_OUTPUT_CAP);

    public StorageSettings {
        requireNonNull(thresholds, "thresholds is null");
        requireNonNull(checkInterval, "checkInterval is null");
        if (checkInterval.isNegative()) {
            throw new DomainException.InvalidInput("checkInterval", checkInterval, "a duration of zero (measure every time) or more, such as PT5S");
        }
        if (pressureOutputCap < MIN_PRESSURE_OUTPUT_CAP) {
            throw new DomainException.InvalidInput("pressureOutputCap", pressureOutputCap, "at least %,d bytes".formatted(MIN_PRESSURE_OUTPUT_CAP));
        }
    }

    public StorageSettings withThresholds(StorageThresholds value) {
        return new StorageSettings(value, checkInterval, pressureOutputCap);
    }

    public StorageSettings withCheckInterval(Duration value) {
        return new StorageSettings(thresholds, value, pressureOutputCap);
    }

    public StorageSettings withPressureOutputCap(long value) {
        return new StorageSettings(thresholds, checkInterval, value);
    }
}
