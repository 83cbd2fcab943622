package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.storage.StorageSettings;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.storage.FreeSpaceThreshold;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageSettingsVariablesTest {

    private static final long MIB = 1024L * 1024;

    @Test
    void unsetVariablesKeepTheDefaults() {
        assertThat(StorageSettingsVariables.from(name -> null)).isEqualTo(StorageSettings.DEFAULT);
        assertThat(StorageSettingsVariables.from(name -> " ")).isEqualTo(StorageSettings.DEFAULT);
    }

    @Test
    void everyVariableIsReadWithByteAmountsInBytesOrBinaryUnits() {
        Map<String, String> environment = Map.of(StorageSettingsVariables.WARNING_PERCENT, "15", StorageSettingsVariables.WARNING_BYTES, "4GiB",
                StorageSettingsVariables.CRITICAL_PERCENT, "2.5", StorageSettingsVariables.CRITICAL_BYTES, "512 mib",
                StorageSettingsVariables.CHECK_INTERVAL, "PT2S", StorageSettingsVariables.PRESSURE_OUTPUT_BYTES, "262144");

        StorageSettings settings = StorageSettingsVariables.from(environment::get);

        assertThat(settings.thresholds().warning()).isEqualTo(new FreeSpaceThreshold(15, 4096 * MIB));
        assertThat(settings.thresholds().critical()).isEqualTo(new FreeSpaceThreshold(2.5, 512 * MIB));
        assertThat(settings.checkInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.pressureOutputCap()).isEqualTo(256 * 1024);
    }

    @Test
    void zeroTurnsALevelOff() {
        Map<String, String> environment = Map.of(StorageSettingsVariables.CRITICAL_PERCENT, "0", StorageSettingsVariables.CRITICAL_BYTES, "0");

        assertThat(StorageSettingsVariables.from(environment::get).thresholds().critical()).isEqualTo(new FreeSpaceThreshold(0, 0));
    }

    @Test
    void aBadValueIsRefusedNamingTheVariableAndTheValue() {
        assertRefused(StorageSettingsVariables.WARNING_PERCENT, "ten");
        assertRefused(StorageSettingsVariables.WARNING_PERCENT, "120");
        assertRefused(StorageSettingsVariables.CRITICAL_BYTES, "200MB");
        assertRefused(StorageSettingsVariables.CRITICAL_BYTES, "-1");
        assertRefused(StorageSettingsVariables.WARNING_BYTES, "99999999999TiB");
        assertRefused(StorageSettingsVariables.CHECK_INTERVAL, "5s");
        assertRefused(StorageSettingsVariables.CHECK_INTERVAL, "PT-5S");
        assertRefused(StorageSettingsVariables.PRESSURE_OUTPUT_BYTES, "100");
    }

    @Test
    void aCriticalLevelAboveTheWarningLevelIsRefusedNamingTheCriticalVariable() {
        assertRefused(StorageSettingsVariables.CRITICAL_PERCENT, "20");
        assertRefused(StorageSettingsVariables.CRITICAL_BYTES, "2GiB");
    }

    private static void assertRefused(String variable, String value) {
        assertThatThrownBy(() -> StorageSettingsVariables.from(Map.of(variable, value)::get))
                .as("%s=%s", variable, value)
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo(variable));
    }
}
