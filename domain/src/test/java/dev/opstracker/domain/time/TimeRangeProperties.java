package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.testing.Gen;
import dev.opstracker.domain.testing.Tries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time ranges and the report periods that cut them: any two instants, any zone, any text for a period. */
class TimeRangeProperties {

    @Test
    void aRangeIsMadeOfAnyTwoInstantsTheSecondAfterTheFirstAndOtherwiseRefusedNamingTo() {
        Tries.forAll(instants(), instants(), (from, to) -> {
            Throwable refused = catchThrowable(() -> new TimeRange(from, to));

            if (to.isAfter(from)) {
                assertThat(refused).isNull();
            } else {
                assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("to"));
            }
        });
    }

    @Test
    void aSpanCutIntoPeriodsOfAnyZoneAddsUpToTheWholeInPositivePiecesInOrder() {
        Tries.forAll(Gen.combine(Gen.of(Period.values()), zones(), instants(), spans(), Cut::new), cut -> {
            Period period = cut.period();
            Instant end = cut.start().plusSeconds(cut.seconds());

            Map<LocalDate, Long> pieces = period.split(cut.start(), end, cut.zone());

            assertThat(pieces.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(cut.seconds());
            assertThat(pieces.values()).allMatch(piece -> piece >= 0);
            assertThat(List.copyOf(pieces.keySet())).isSorted().allMatch(bucket -> period.bucketOf(bucket).equals(bucket));
            if (cut.seconds() > 0) {
                assertThat(pieces.keySet().iterator().next()).isEqualTo(period.bucketOf(cut.start().atZone(cut.zone()).toLocalDate()));
            }
        });
    }

    /** A span to cut, shown whole when a try fails. */
    private record Cut(Period period, ZoneId zone, Instant start, long seconds) {
    }

    @Test
    void anyTextIsAPeriodByItsWireNameOrRefusedNamingGroupBy() {
        Tries.forAll(periodText(), text -> {
            Throwable refused = catchThrowable(() -> Period.parse(text));

            if (refused == null) {
                assertThat(Period.parse(text).wireName()).isEqualTo(text.strip().toLowerCase(Locale.ROOT));
            } else {
                assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("groupBy"));
            }
        });
    }

    private static Gen<Instant> instants() {
        return Gen.longs(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2200-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    /** Up to two years: a day period cuts it into some 730 pieces. */
    private static Gen<Long> spans() {
        return Gen.longs(0, 2 * 366 * 86_400L);
    }

    /** Every zone the JDK knows, sorted so that a seed picks the same zone on every run. */
    private static Gen<ZoneId> zones() {
        return Gen.of(ZoneId.getAvailableZoneIds().stream().sorted().toList()).map(ZoneId::of);
    }

    private static Gen<String> periodText() {
        return Gen.oneOf(Gen.of("day", "WEEK", " month ", "Day", "days", "", "  ", "year", "d\u0000ay"), Gen.anyStrings(0, 8));
    }
}
