package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void defaultsListenOnLoopbackWithA1MiBBodyLimit() {
        HttpSettings settings = HttpSettings.defaults("1.0.0");

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.maxRequestBytes()).isEqualTo(262_144);
        assertThat(settings.stopTimeout()).isPositive();
    }

    @Test
    void portZeroIsAllowedAndMeansAnyFreePort() {
        assertThat(HttpSettings.defaults("1.0.0").withPort(0).port()).isZero();
    }

    @Test
    void impossibleValuesAreRejectedWithTheValue() {
        HttpSettings settings = HttpSettings.defaults("1.0.0");

        assertThatThrownBy(() -> settings.withPort(70_000)).hasMessageContaining("70000");
        assertThatThrownBy(() -> settings.withMaxRequestBytes(0)).hasMessage("maxRequestBytes 0 is below 1");
        assertThatThrownBy(() -> settings.withHost(" ")).hasMessageContaining("host");
        assertThatThrownBy(() -> settings.withStopTimeout(Duration.ofSeconds(-1))).hasMessageContaining("negative");
    }
}
