package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.bootstrap.cli.TimeArgument.Direction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Times typed on the command line, read in the user's zone (here Berlin, where it is 10:15 on 2026-12-07). */
class TimeArgumentTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:15:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @CsvSource({
        "2026-12-07T17:30:00Z,       2026-12-07T17:30:00Z",
        "2026-12-07T17:30:00+01:00,  2026-12-07T16:30:00Z",
        "2026-12-07T17:30,           2026-12-07T16:30:00Z",
        "2026-12-07 17:30,           2026-12-07T16:30:00Z",
        "2026-12-07,                 2026-12-06T23:00:00Z",
        "2026-07-01 12:00,           2026-07-01T10:00:00Z",
        "2h,                         2026-12-07T07:15:00Z",
        "1h30m,                      2026-12-07T07:45:00Z",
        "1d,                         2026-12-06T09:15:00Z",
        "PT45M,                      2026-12-07T08:30:00Z",
        "yesterday 17:30,            2026-12-06T16:30:00Z",
        "today,                      2026-12-06T23:00:00Z",
        "tomorrow 9:00,              2026-12-08T08:00:00Z",
        "17:30,                      2026-12-07T16:30:00Z",
    })
    void eachFormPeopleTypeIsReadInTheirZone(String typed, String expected) {
        assertThat(TimeArgument.parse("--at", typed, NOW, BERLIN, Direction.AGO)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"2h, 2026-12-07T11:15:00Z", "3d, 2026-12-10T09:15:00Z"})
    void aSpanCountsForwardWhereATimeIsAhead(String typed, String expected) {
        assertThat(TimeArgument.parse("--due", typed, NOW, BERLIN, Direction.AHEAD)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "next blue moon", "25:00", "yesterday 9", "2026-13-01", "2h and a bit", "PTXM"})
    void textThatIsNoTimeIsRefusedNamingTheOptionAndTheText(String typed) {
        assertThatThrownBy(() -> TimeArgument.parse("--since", typed, NOW, BERLIN, Direction.AGO))
                .isInstanceOf(CliFailure.class).hasMessageContaining("--since '" + typed + "' is not a time");
    }

    @ParameterizedTest
    @CsvSource({"45m, PT45M", "1h30m, PT1H30M", "2d, PT48H", "90s, PT1M30S", "pt2h, PT2H"})
    void spansReadAsDurations(String typed, String expected) {
        assertThat(TimeArgument.span(typed)).isEqualTo(Duration.parse(expected));
    }
}
