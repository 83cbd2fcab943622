package dev.opstracker.http.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.shared.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Spans of time and instants as senders and rules documents write them. */
class TimeTextProperties {

    private static final DateTimeFormatter PAGER_DUTY = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx");

    @Property
    void aWindowWrittenOutReadsBackAsTheSameWindow(@ForAll("windows") Duration window) {
        assertThat(Durations.parse("groupWindow", Durations.format(window))).isEqualTo(window);
    }

    @Property
    void anyTextIsASpanOfTimeOrRefusedNamingTheField(@ForAll("spanText") String text) {
        Throwable refused = catchThrowable(() -> Durations.parse("threshold.window", text));

        if (refused != null) {
            assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                    invalid -> assertThat(invalid.field()).isEqualTo("threshold.window"));
        }
    }

    @Property
    void anInstantWrittenAsPagerDutyOrIso8601ReadsBackToTheMillisecond(@ForAll("instants") Instant instant, @ForAll("offsets") ZoneOffset offset) {
        Instant millis = instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        assertThat(EventsTimestamps.parseOptional("payload.timestamp", PAGER_DUTY.format(millis.atOffset(offset)))).isEqualTo(millis);
        assertThat(Timestamps.parseOptional("starts_at", instant.toString())).isEqualTo(instant);
    }

    @Property
    void anyTextIsAnInstantNothingOrRefusedNamingTheField(@ForAll("instantText") String text) {
        Throwable pagerDuty = catchThrowable(() -> EventsTimestamps.parseOptional("payload.timestamp", text));
        Throwable iso = catchThrowable(() -> Timestamps.parseOptional("starts_at", text));

        if (pagerDuty != null) {
            assertThat(pagerDuty).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                    invalid -> assertThat(invalid.field()).isEqualTo("payload.timestamp"));
        }
        if (iso != null) {
            assertThat(iso).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("starts_at"));
        }
    }

    /** From nothing to the longest window, to the nanosecond or in whole units. */
    @Provide
    Arbitrary<Duration> windows() {
        Arbitrary<Duration> seconds = Arbitraries.longs().between(0, IntakePolicy.MAX_WINDOW.toSeconds()).map(Duration::ofSeconds);
        Arbitrary<Duration> units = Combinators.combine(Arbitraries.longs().between(0, 366), Arbitraries.of(Duration.ofDays(1), Duration.ofHours(1),
                Duration.ofMinutes(1))).as((count, unit) -> unit.multipliedBy(count)).filter(window -> window.compareTo(IntakePolicy.MAX_WINDOW) <= 0);
        Arbitrary<Duration> nanos = Combinators.combine(seconds, Arbitraries.integers().between(1, 999_999_999)).as(Duration::plusNanos);
        return Arbitraries.oneOf(seconds, units, nanos);
    }

    @Provide
    Arbitrary<String> spanText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of("30s", "10M", " 2h ", "1d", "PT10M", "pt1.5s", "-5m", "999999999d", "9999999999d", "PT9223372036854775807S", "P1Y", "1w", "",
                        "5", "m", "1.5h", "PT", "P-1D", "PT0S", "1e3s", "\u0000"));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(), Instant.parse("9999-12-31T00:00:00Z").getEpochSecond())
                .flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999).map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.integers().between(-18 * 60, 18 * 60).map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));
    }

    @Provide
    Arbitrary<String> instantText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30), instants().map(Instant::toString).map(text -> text.substring(0, text.length() / 2)),
                Arbitraries.of("2015-07-17T08:42:58.315+0000", "2015-07-17T08:42:58Z", "2015-07-17T08:42:58", "+999999999-12-31T23:59:59Z",
                        "-1000000000-01-01T00:00:00Z", "2015-02-30T00:00:00Z", "2015-07-17T24:00:00Z", "2015-07-17T08:42:58+25:00", " ", "null"))
                .injectNull(0.05);
    }
}
