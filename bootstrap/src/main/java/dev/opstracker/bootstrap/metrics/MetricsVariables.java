package dev.opstracker.bootstrap.metrics;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** The environment variable that opens {@code GET /metrics} to scrapers without a token. */
public final class MetricsVariables {

    public static final String UNAUTHENTICATED = "OPSTRACKER_METRICS_UNAUTHENTICATED";

    private MetricsVariables() {
    }

    /**
     * Whether {@code /metrics} needs no token: only for {@code true}; unset or {@code false} keeps it guarded.
     *
     * @throws IllegalArgumentException for any other value, so that a typo never opens (nor silently keeps shut) the endpoint
     */
    public static boolean unauthenticated(UnaryOperator<String> environment) {
        String value = environment.apply(UNAUTHENTICATED);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("%s must be true or false, not '%s'".formatted(UNAUTHENTICATED, value));
        };
    }
}
