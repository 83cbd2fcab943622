package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.persistence.PoolSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabasePoolVariablesTest {

    @Test
    void unsetVariablesKeepTheDefaultsOfTenConnectionsAndTwoSeconds() {
        assertThat(DatabasePoolVariables.from(name -> null)).isEqualTo(PoolSettings.DEFAULT)
                .isEqualTo(new PoolSettings(10, Duration.ofSeconds(2)));
    }

    @Test
    void eachVariableSetsItsSetting() {
        Map<String, String> environment = Map.of(DatabasePoolVariables.POOL_SIZE, "24", DatabasePoolVariables.CONNECTION_TIMEOUT, "PT0.5S");

        assertThat(DatabasePoolVariables.from(environment::get)).isEqualTo(new PoolSettings(24, Duration.ofMillis(500)));
    }

    @Test
    void aBadValueIsRefusedNamingTheVariableAndTheValue() {
        assertThatThrownBy(() -> DatabasePoolVariables.from(Map.of(DatabasePoolVariables.POOL_SIZE, "many")::get))
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("OPSTRACKER_DB_POOL_SIZE").hasMessageContaining("many");
        assertThatThrownBy(() -> DatabasePoolVariables.from(Map.of(DatabasePoolVariables.POOL_SIZE, "0")::get))
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("OPSTRACKER_DB_POOL_SIZE");
        assertThatThrownBy(() -> DatabasePoolVariables.from(Map.of(DatabasePoolVariables.CONNECTION_TIMEOUT, "2s")::get))
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("OPSTRACKER_DB_CONNECTION_TIMEOUT").hasMessageContaining("2s");
        assertThatThrownBy(() -> DatabasePoolVariables.from(Map.of(DatabasePoolVariables.CONNECTION_TIMEOUT, "PT0.1S")::get))
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("OPSTRACKER_DB_CONNECTION_TIMEOUT");
    }
}
