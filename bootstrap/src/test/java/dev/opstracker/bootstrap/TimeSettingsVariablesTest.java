package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.time.TimeSettings;
import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeSettingsVariablesTest {

    @Test
    void unsetVariablesKeepTheDefaults() {
        assertThat(TimeSettingsVariables.from(name -> null)).isEqualTo(TimeSettings.DEFAULT);
    }

    @Test
    void eachVariableSetsItsSetting() {
        Map<String, String> environment = Map.of(TimeSettingsVariables.OVERLAPS, "Report", TimeSettingsVariables.SUSPICIOUS_AFTER, "PT8H",
                TimeSettingsVariables.STOP_ON_CLOSE, "false", TimeSettingsVariables.SHORTEST_DRAFT, "PT6M");

        TimeSettings settings = TimeSettingsVariables.from(environment::get);

        assertThat(settings).isEqualTo(new TimeSettings(false, Duration.ofHours(8), false, Duration.ofMinutes(6)));
    }

    @Test
    void aBadValueIsRefusedNamingTheVariableAndTheValue() {
        assertThatThrownBy(() -> TimeSettingsVariables.from(Map.of(TimeSettingsVariables.OVERLAPS, "warn")::get))
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("OPSTRACKER_TIME_OVERLAPS").hasMessageContaining("warn");
        assertThatThrownBy(() -> TimeSettingsVariables.from(Map.of(TimeSettingsVariables.SUSPICIOUS_AFTER, "12h")::get))
                .hasMessageContaining("OPSTRACKER_TIME_SUSPICIOUS_AFTER").hasMessageContaining("12h");
        assertThatThrownBy(() -> TimeSettingsVariables.from(Map.of(TimeSettingsVariables.STOP_ON_CLOSE, "yes")::get))
                .hasMessageContaining("OPSTRACKER_TIME_STOP_ON_CLOSE");
        assertThatThrownBy(() -> TimeSettingsVariables.from(Map.of(TimeSettingsVariables.SHORTEST_DRAFT, "PT0S")::get))
                .isInstanceOf(DomainException.InvalidInput.class);
    }
}
