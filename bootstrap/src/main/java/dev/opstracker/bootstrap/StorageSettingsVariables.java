package dev.opstracker.bootstrap;

import dev.opstracker.application.storage.StorageSettings;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.storage.StorageThresholds;
import dev.opstracker.domain.storage.FreeSpaceThreshold;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How storage is watched, from environment variables; each unset one keeps its default, and a bad value
 * is refused naming the variable and the value. Byte amounts are a number of bytes or a number with
 * {@code KiB}, {@code MiB}, {@code GiB} or {@code TiB}.
 */
public final class StorageSettingsVariables {

    public static final String WARNING_PERCENT = "OPSTRACKER_STORAGE_WARNING_PERCENT";
    public static final String WARNING_BYTES = "OPSTRACKER_STORAGE_WARNING_BYTES";
    public static final String CRITICAL_PERCENT = "OPSTRACKER_STORAGE_CRITICAL_PERCENT";
    public static final String CRITICAL_BYTES = "OPSTRACKER_STORAGE_CRITICAL_BYTES";
    public static final String CHECK_INTERVAL = "OPSTRACKER_STORAGE_CHECK_INTERVAL";
    public static final String PRESSURE_OUTPUT_BYTES = "OPSTRACKER_STORAGE_PRESSURE_OUTPUT_BYTES";
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,19})\\s*(kib|mib|gib|tib)?");
    private static final Map<String, Long> UNITS = Map.of("kib", 1L << 10, "mib", 1L << 20, "gib", 1L << 30, "tib", 1L << 40);

    private StorageSettingsVariables() {
    }

    /** The settings {@code environment} (a variable's value by name, null when unset) gives. */
    public static StorageSettings from(UnaryOperator<String> environment) {
        StorageSettings defaults = StorageSettings.DEFAULT;
        FreeSpaceThreshold warning = defaults.thresholds().warning();
        FreeSpaceThreshold critical = defaults.thresholds().critical();
        double warningPercent = percent(WARNING_PERCENT, environment.apply(WARNING_PERCENT), warning.percent());
        long warningBytes = bytes(WARNING_BYTES, environment.apply(WARNING_BYTES), warning.bytes());
        double criticalPercent = percent(CRITICAL_PERCENT, environment.apply(CRITICAL_PERCENT), critical.percent());
        long criticalBytes = bytes(CRITICAL_BYTES, environment.apply(CRITICAL_BYTES), critical.bytes());
        if (criticalPercent > warningPercent) {
            throw new DomainException.InvalidInput(CRITICAL_PERCENT, criticalPercent, "at most the warning level's %s".formatted(warningPercent));
        }
        if (criticalBytes > warningBytes) {
            throw new DomainException.InvalidInput(CRITICAL_BYTES, criticalBytes, "at most the warning level's %d bytes".formatted(warningBytes));
        }
        StorageThresholds thresholds = new StorageThresholds(new FreeSpaceThreshold(warningPercent, warningBytes),
                new FreeSpaceThreshold(criticalPercent, criticalBytes));
        Duration interval = interval(environment.apply(CHECK_INTERVAL), defaults.checkInterval());
        try {
            return new StorageSettings(thresholds, interval, bytes(PRESSURE_OUTPUT_BYTES, environment.apply(PRESSURE_OUTPUT_BYTES),
                    defaults.pressureOutputCap()));
        } catch (DomainException.InvalidInput invalid) {
            throw invalid.field().equals("pressureOutputCap") ? invalid.renamed(PRESSURE_OUTPUT_BYTES) : invalid;
        }
    }

    private static double percent(String variable, String value, double byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            double percent = Double.parseDouble(value.strip());
            if (percent >= 0 && percent <= 100) {
                return percent;
            }
        } catch (NumberFormatException notANumber) {
            // Refused below.
        }
        throw new DomainException.InvalidInput(variable, value, "a percentage of free space from 0 (off) to 100, such as 10 or 2.5");
    }

    private static long bytes(String variable, String value, long byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        Matcher amount = AMOUNT.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (amount.matches()) {
            try {
                long unit = amount.group(2) == null ? 1 : UNITS.get(amount.group(2));
                return Math.multiplyExact(Long.parseLong(amount.group(1)), unit);
            } catch (ArithmeticException | NumberFormatException tooLarge) {
                // Refused below.
            }
        }
        throw new DomainException.InvalidInput(variable, value, "a number of bytes, or of KiB, MiB, GiB or TiB, such as 1073741824 or 200MiB");
    }

    private static Duration interval(String value, Duration byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            Duration interval = Duration.parse(value.strip());
            if (!interval.isNegative()) {
                return interval;
            }
        } catch (DateTimeParseException notADuration) {
            // Refused below.
        }
        throw new DomainException.InvalidInput(CHECK_INTERVAL, value, "an ISO-8601 duration of zero or more, such as PT5S");
    }
}
