package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunbookTextTest {

    @Test
    void aDurationIsSaidRoundedToTheMinute() {
        assertThat(RunbookText.about(Duration.ofSeconds(29))).isEqualTo("under a minute");
        assertThat(RunbookText.about(Duration.ofSeconds(30))).isEqualTo("about 1 minute");
        assertThat(RunbookText.about(Duration.ofMinutes(25).plusSeconds(10))).isEqualTo("about 25 minutes");
        assertThat(RunbookText.about(Duration.ofMinutes(120))).isEqualTo("about 2 hours");
        assertThat(RunbookText.about(Duration.ofMinutes(65))).isEqualTo("about 1 hour 5 minutes");
    }

    @Test
    void oneLineJoinsLinesWithASingleSpace() {
        assertThat(RunbookText.oneLine(" a \r\n\r\n  b\rc ")).isEqualTo("a b c");
    }
}
