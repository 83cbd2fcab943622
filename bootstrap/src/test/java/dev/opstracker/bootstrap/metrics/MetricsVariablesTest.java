package dev.opstracker.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsVariablesTest {

    @Test
    void metricsNeedATokenUnlessTheVariableIsTrue() {
        assertThat(MetricsVariables.unauthenticated(name -> null)).isFalse();
        assertThat(MetricsVariables.unauthenticated(Map.of(MetricsVariables.UNAUTHENTICATED, "false")::get)).isFalse();
        assertThat(MetricsVariables.unauthenticated(Map.of(MetricsVariables.UNAUTHENTICATED, " TRUE ")::get)).isTrue();
    }

    @Test
    void aMistypedVariableIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> MetricsVariables.unauthenticated(Map.of(MetricsVariables.UNAUTHENTICATED, "yes")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(MetricsVariables.UNAUTHENTICATED).hasMessageContaining("yes");
    }
}
