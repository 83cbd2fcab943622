package dev.opstracker.http.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import dev.opstracker.http.shared.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Spans of time and instants as senders and rules documents write them. */
class TimeTextProperties {

    private static final DateTimeFormatter PAGER_DUTY = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx");

    @Test
    void aWindowWrittenOutReadsBackAsTheSameWindow() {
        Tries.forAll(windows(), window -> assertThat(Durations.parse("groupWindow", Durations.format(window))).isEqualTo(window));
    }

    @Test
    void anyTextIsASpanOfTimeOrRefusedNamingTheField() {
        Tries.forAll(spanText(), text -> {
            Throwable refused = catchThrowable(() -> Durations.parse("threshold.window", text));

            if (refused != null) {
                assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("threshold.window"));
            }
        });
    }

    @Test
    void anInstantWrittenAsPagerDutyOrIso8601ReadsBackToTheMillisecond() {
        Tries.forAll(instants(), offsets(), (instant, offset) -> {
            Instant millis = instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

            assertThat(EventsTimestamps.parseOptional("payload.timestamp", PAGER_DUTY.format(millis.atOffset(offset)))).isEqualTo(millis);
            assertThat(Timestamps.parseOptional("starts_at", instant.toString())).isEqualTo(instant);
        });
    }

    @Test
    void anyTextIsAnInstantNothingOrRefusedNamingTheField() {
        Tries.forAll(instantText(), text -> {
            Throwable pagerDuty = catchThrowable(() -> EventsTimestamps.parseOptional("payload.timestamp", text));
            Throwable iso = catchThrowable(() -> Timestamps.parseOptional("starts_at", text));

            if (pagerDuty != null) {
                assertThat(pagerDuty).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("payload.timestamp"));
            }
            if (iso != null) {
                assertThat(iso).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("starts_at"));
            }
        });
    }

    /** From nothing to the longest window, to the nanosecond or in whole units. */
    private static Gen<Duration> windows() {
        Gen<Duration> seconds = Gen.longs(0, IntakePolicy.MAX_WINDOW.toSeconds()).map(Duration::ofSeconds);
        Gen<Duration> units = Gen.combine(Gen.longs(0, 366), Gen.of(Duration.ofDays(1), Duration.ofHours(1), Duration.ofMinutes(1)),
                (count, unit) -> unit.multipliedBy(count)).filter(window -> window.compareTo(IntakePolicy.MAX_WINDOW) <= 0);
        Gen<Duration> nanos = Gen.combine(seconds, Gen.ints(1, 999_999_999), (whole, extra) -> whole.plusNanos(extra));
        return Gen.oneOf(seconds, units, nanos);
    }

    private static Gen<String> spanText() {
        return Gen.oneOf(Gen.anyStrings(0, 20),
                Gen.of("30s", "10M", " 2h ", "1d", "PT10M", "pt1.5s", "-5m", "999999999d", "9999999999d", "PT9223372036854775807S", "P1Y", "1w", "",
                        "5", "m", "1.5h", "PT", "P-1D", "PT0S", "1e3s", "\u0000"));
    }

    private static Gen<Instant> instants() {
        return Gen.combine(Gen.longs(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(), Instant.parse("9999-12-31T00:00:00Z").getEpochSecond()),
                Gen.ints(0, 999_999_999), Instant::ofEpochSecond);
    }

    private static Gen<ZoneOffset> offsets() {
        return Gen.ints(-18 * 60, 18 * 60).map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));
    }

    private static Gen<String> instantText() {
        Gen<String> text = Gen.oneOf(Gen.anyStrings(0, 30), instants().map(Instant::toString).map(written -> written.substring(0, written.length() / 2)),
                Gen.of("2015-07-17T08:42:58.315+0000", "2015-07-17T08:42:58Z", "2015-07-17T08:42:58", "+999999999-12-31T23:59:59Z",
                        "-1000000000-01-01T00:00:00Z", "2015-02-30T00:00:00Z", "2015-07-17T24:00:00Z", "2015-07-17T08:42:58+25:00", " ", "null"));
        return Gen.frequency(Gen.weight(19, text), Gen.weight(1, Gen.just((String) null)));
    }
}
