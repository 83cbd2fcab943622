package dev.opstracker.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Instant NINE = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");
    private final TimeRange nineToTen = new TimeRange(NINE, TEN);

    @Test
    void aRangeMustEndAfterItStartsAndTheErrorNamesTheEnd() {
        assertThatThrownBy(() -> new TimeRange(TEN, NINE))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("to");
                    assertThat(invalid.value()).isEqualTo("2026-11-20T09:00:00Z");
                })
                .hasMessageContaining("must be after from (2026-11-20T10:00:00Z)");
        assertThatThrownBy(() -> new TimeRange(NINE, NINE)).isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void bothEndsAreRequired() {
        assertThatThrownBy(() -> new TimeRange(null, TEN))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("from"));
        assertThatThrownBy(() -> new TimeRange(NINE, null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("to"));
    }

    @Test
    void workOverlapsTheRangeWhenItWentOnAtSomeInstantOfIt() {
        assertThat(nineToTen.overlaps(NINE.minusSeconds(60), null)).as("still going on").isTrue();
        assertThat(nineToTen.overlaps(NINE.minusSeconds(60), NINE.plusSeconds(1))).as("ended inside").isTrue();
        assertThat(nineToTen.overlaps(NINE.plusSeconds(60), TEN.plusSeconds(60))).as("began inside").isTrue();
        assertThat(nineToTen.overlaps(NINE.minusSeconds(60), NINE)).as("ended as the range began").isFalse();
        assertThat(nineToTen.overlaps(TEN, null)).as("began as the range ended").isFalse();
    }
}
