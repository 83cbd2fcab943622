package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.HttpSettings;
import dev.opstracker.http.limit.BodyLimits;
import dev.opstracker.http.limit.ConnectionLimits;
import dev.opstracker.http.limit.RateLimits;
import dev.opstracker.http.limit.RatePolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessLimitVariablesTest {

    private static final HttpSettings DEFAULTS = HttpSettings.defaults("test");

    @Test
    void unsetVariablesKeepTheDefaults() {
        HttpSettings settings = AccessLimitVariables.apply(DEFAULTS, Map.<String, String>of()::get);

        assertThat(settings.rateLimits()).isEqualTo(RateLimits.DEFAULT);
        assertThat(settings.bodyLimits()).isEqualTo(BodyLimits.DEFAULT);
        assertThat(settings.connectionLimits()).isEqualTo(ConnectionLimits.DEFAULT);
        assertThat(RateLimits.DEFAULT.api()).isEqualTo(new RatePolicy(20, 100));
        assertThat(BodyLimits.DEFAULT.alerts()).isEqualTo(1_048_576);
    }

    @Test
    void everyLimitCanBeSetByItsVariable() {
        Map<String, String> environment = Map.ofEntries(
                Map.entry(AccessLimitVariables.RATE, "5"), Map.entry(AccessLimitVariables.BURST, "10"),
                Map.entry(AccessLimitVariables.ALERT_RATE, "0.5"), Map.entry(AccessLimitVariables.ALERT_BURST, "50"),
                Map.entry(AccessLimitVariables.ALERT_BYTES, "2048"), Map.entry(AccessLimitVariables.IMPORT_BYTES, "4096"),
                Map.entry(AccessLimitVariables.UPLOAD_BYTES, "8192"), Map.entry(AccessLimitVariables.IDLE_TIMEOUT, "PT1M"),
                Map.entry(AccessLimitVariables.HEADER_TIMEOUT, "PT5S"), Map.entry(AccessLimitVariables.MIN_BODY_RATE, "0"),
                Map.entry(AccessLimitVariables.MAX_HEADER_BYTES, "16384"));

        HttpSettings settings = AccessLimitVariables.apply(DEFAULTS.withMaxRequestBytes(1_024), environment::get);

        assertThat(settings.rateLimits()).isEqualTo(new RateLimits(new RatePolicy(5, 10), new RatePolicy(0.5, 50)));
        assertThat(settings.bodyLimits()).isEqualTo(new BodyLimits(1_024, 2_048, 4_096, 8_192));
        assertThat(settings.connectionLimits()).isEqualTo(new ConnectionLimits(Duration.ofMinutes(1), Duration.ofSeconds(5), 0, 16_384));
    }

    @Test
    void aBadValueIsRefusedNamingTheVariableAndTheValue() {
        assertRefused(AccessLimitVariables.RATE, "fast");
        assertRefused(AccessLimitVariables.RATE, "0");
        assertRefused(AccessLimitVariables.BURST, "0");
        assertRefused(AccessLimitVariables.UPLOAD_BYTES, "1GB");
        assertRefused(AccessLimitVariables.IDLE_TIMEOUT, "30");
        assertRefused(AccessLimitVariables.HEADER_TIMEOUT, "PT0S");
        assertRefused(AccessLimitVariables.MIN_BODY_RATE, "-1");
    }

    private static void assertRefused(String variable, String value) {
        assertThatThrownBy(() -> AccessLimitVariables.apply(DEFAULTS, Map.of(variable, value)::get))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo(variable);
                    assertThat(invalid.getMessage()).contains(value);
                });
    }
}
