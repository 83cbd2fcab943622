package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Time ranges and the report periods that cut them: any two instants, any zone, any text for a period. */
class TimeRangeProperties {

    @Property
    void aRangeIsMadeOfAnyTwoInstantsTheSecondAfterTheFirstAndOtherwiseRefusedNamingTo(@ForAll("instants") Instant from, @ForAll("instants") Instant to) {
        Throwable refused = catchThrowable(() -> new TimeRange(from, to));

        if (to.isAfter(from)) {
            assertThat(refused).isNull();
        } else {
            assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("to"));
        }
    }

    @Property
    void aSpanCutIntoPeriodsOfAnyZoneAddsUpToTheWholeInPositivePiecesInOrder(@ForAll Period period, @ForAll("zones") ZoneId zone,
            @ForAll("instants") Instant start, @ForAll("spans") long seconds) {
        Instant end = start.plusSeconds(seconds);

        Map<LocalDate, Long> pieces = period.split(start, end, zone);

        assertThat(pieces.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(seconds);
        assertThat(pieces.values()).allMatch(piece -> piece >= 0);
        assertThat(List.copyOf(pieces.keySet())).isSorted().allMatch(bucket -> period.bucketOf(bucket).equals(bucket));
        if (seconds > 0) {
            assertThat(pieces.keySet().iterator().next()).isEqualTo(period.bucketOf(start.atZone(zone).toLocalDate()));
        }
    }

    @Property
    void anyTextIsAPeriodByItsWireNameOrRefusedNamingGroupBy(@ForAll("periodText") String text) {
        Throwable refused = catchThrowable(() -> Period.parse(text));

        if (refused == null) {
            assertThat(Period.parse(text).wireName()).isEqualTo(text.strip().toLowerCase(java.util.Locale.ROOT));
        } else {
            assertThat(refused).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("groupBy"));
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2200-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    /** Up to two years: a day period cuts it into some 730 pieces. */
    @Provide
    Arbitrary<Long> spans() {
        return Arbitraries.longs().between(0, 2 * 366 * 86_400L);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(List.copyOf(ZoneId.getAvailableZoneIds())).map(ZoneId::of);
    }

    @Provide
    Arbitrary<String> periodText() {
        return Arbitraries.oneOf(Arbitraries.of("day", "WEEK", " month ", "Day", "days", "", "  ", "year", "d\u0000ay"),
                Arbitraries.strings().all().ofMaxLength(8));
    }
}
