package dev.opstracker.bootstrap;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.persistence.PoolSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * The database connection pool's size and connection timeout, from environment variables; each unset
 * one keeps its default, and a bad value is refused naming the variable and the value.
 */
public final class DatabasePoolVariables {

    public static final String POOL_SIZE = "OPSTRACKER_DB_POOL_SIZE";
    public static final String CONNECTION_TIMEOUT = "OPSTRACKER_DB_CONNECTION_TIMEOUT";

    private DatabasePoolVariables() {
    }

    /** The settings {@code environment} (a variable's value by name, null when unset) gives. */
    public static PoolSettings from(UnaryOperator<String> environment) {
        int size = size(environment.apply(POOL_SIZE));
        Duration timeout = timeout(environment.apply(CONNECTION_TIMEOUT));
        try {
            return new PoolSettings(size, timeout);
        } catch (IllegalArgumentException outOfRange) {
            String variable = size == PoolSettings.DEFAULT.maximumSize() ? CONNECTION_TIMEOUT : POOL_SIZE;
            throw new DomainException.InvalidInput(variable, environment.apply(variable), outOfRange.getMessage());
        }
    }

    private static int size(String value) {
        if (value == null || value.isBlank()) {
            return PoolSettings.DEFAULT.maximumSize();
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput(POOL_SIZE, value, "a number of connections from 1 to 1000");
        }
    }

    private static Duration timeout(String value) {
        if (value == null || value.isBlank()) {
            return PoolSettings.DEFAULT.connectionTimeout();
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException notADuration) {
            throw new DomainException.InvalidInput(CONNECTION_TIMEOUT, value, "an ISO-8601 duration such as PT2S or PT0.5S");
        }
    }
}
