package dev.opstracker.bootstrap;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.HttpSettings;
import dev.opstracker.http.limit.BodyLimits;
import dev.opstracker.http.limit.ConnectionLimits;
import dev.opstracker.http.limit.RateLimits;
import dev.opstracker.http.limit.RatePolicy;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * Rate limits, per-route body limits and connection timeouts from environment variables; each unset one keeps its
 * default, and a bad value is refused naming the variable and the value. The JSON API's body limit is
 * {@code --max-request-bytes} ({@code OPSTRACKER_MAX_REQUEST_BYTES}), already in {@link Settings}.
 */
public final class AccessLimitVariables {

    public static final String RATE = "OPSTRACKER_RATE_LIMIT";
    public static final String BURST = "OPSTRACKER_RATE_BURST";
    public static final String ALERT_RATE = "OPSTRACKER_ALERT_RATE_LIMIT";
    public static final String ALERT_BURST = "OPSTRACKER_ALERT_RATE_BURST";
    public static final String ALERT_BYTES = "OPSTRACKER_MAX_ALERT_BYTES";
    public static final String IMPORT_BYTES = "OPSTRACKER_MAX_IMPORT_BYTES";
    public static final String UPLOAD_BYTES = "OPSTRACKER_MAX_UPLOAD_BYTES";
    public static final String IDLE_TIMEOUT = "OPSTRACKER_IDLE_TIMEOUT";
    public static final String HEADER_TIMEOUT = "OPSTRACKER_HEADER_TIMEOUT";
    public static final String MIN_BODY_RATE = "OPSTRACKER_MIN_BODY_RATE";
    public static final String MAX_HEADER_BYTES = "OPSTRACKER_MAX_HEADER_BYTES";

    private AccessLimitVariables() {
    }

    /** {@code settings} with the limits {@code environment} (a variable's value by name, null when unset) gives. */
    public static HttpSettings apply(HttpSettings settings, UnaryOperator<String> environment) {
        RateLimits rates = settings.rateLimits();
        BodyLimits bodies = settings.bodyLimits();
        ConnectionLimits connections = settings.connectionLimits();
        return settings
                .withRateLimits(new RateLimits(
                        policy(environment, RATE, BURST, rates.api()),
                        policy(environment, ALERT_RATE, ALERT_BURST, rates.alerts())))
                .withBodyLimits(bodies
                        .withAlerts(number(environment, ALERT_BYTES, 1_024, bodies.alerts()))
                        .withImports(number(environment, IMPORT_BYTES, 1_024, bodies.imports()))
                        .withUploads(number(environment, UPLOAD_BYTES, 1_024, bodies.uploads())))
                .withConnectionLimits(connections
                        .withIdleTimeout(duration(environment, IDLE_TIMEOUT, connections.idleTimeout()))
                        .withHeaderTimeout(duration(environment, HEADER_TIMEOUT, connections.headerTimeout()))
                        .withMinimumBodyBytesPerSecond(number(environment, MIN_BODY_RATE, 0, connections.minimumBodyBytesPerSecond()))
                        .withMaxHeaderBytes((int) Math.min(1024 * 1024, number(environment, MAX_HEADER_BYTES, 1_024, connections.maxHeaderBytes()))));
    }

    private static RatePolicy policy(UnaryOperator<String> environment, String rateVariable, String burstVariable, RatePolicy byDefault) {
        String rate = environment.apply(rateVariable);
        double perSecond = byDefault.perSecond();
        if (rate != null && !rate.isBlank()) {
            try {
                perSecond = Double.parseDouble(rate.strip());
            } catch (NumberFormatException notANumber) {
                perSecond = Double.NaN;
            }
            if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
                throw new DomainException.InvalidInput(rateVariable, rate, "a number of requests a second above 0, such as 20 or 0.5");
            }
        }
        int burst = (int) Math.min(Integer.MAX_VALUE, number(environment, burstVariable, 1, byDefault.burst()));
        return new RatePolicy(perSecond, burst);
    }

    private static long number(UnaryOperator<String> environment, String variable, long least, long byDefault) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the same words as a number out of range
        }
        throw new DomainException.InvalidInput(variable, value, "a whole number, at least " + least);
    }

    private static Duration duration(UnaryOperator<String> environment, String variable, Duration byDefault) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            Duration parsed = Duration.parse(value.strip());
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (DateTimeParseException notADuration) {
            // refused below
        }
        throw new DomainException.InvalidInput(variable, value, "a positive ISO-8601 duration such as PT30S");
    }
}
