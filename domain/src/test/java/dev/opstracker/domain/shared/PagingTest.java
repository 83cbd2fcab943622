package dev.opstracker.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void limitsOutsideOneToFiveHundredAreRejected() {
        assertThatThrownBy(() -> PageRequest.first(0)).hasMessageContaining("limit '0' is invalid");
        assertThatThrownBy(() -> PageRequest.first(501)).hasMessageContaining("between 1 and 500");
        assertThat(PageRequest.first(500).limit()).isEqualTo(500);
        assertThat(PageRequest.firstDefault().limit()).isEqualTo(50);
    }

    @Test
    void aCursorNotIssuedByAPageIsRejected() {
        for (String bad : new String[] {"abc", "-1", "1.5", "١٢", "1234567890123456789"}) {
            assertThatThrownBy(() -> new PageRequest(10, bad)).as(bad)
                    .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("cursor"));
        }
    }

    @Test
    void theFirstPageStartsAtTheBeginningAndACursorAfterItsId() {
        assertThat(PageRequest.first(5).afterId()).isZero();
        assertThat(new PageRequest(5, " ").afterId()).isZero();
        assertThat(new PageRequest(5, "42").afterId()).isEqualTo(42);
    }

    @Test
    void aLookaheadItemMeansThereIsANextPageStartingAfterTheLastShownItem() {
        Page<Long> page = Page.ofLookahead(List.of(3L, 5L, 8L), 2, 10, Long::longValue);

        assertThat(page.items()).containsExactly(3L, 5L);
        assertThat(page.next()).isEqualTo("5");
        assertThat(page.total()).isEqualTo(10);
    }

    @Test
    void withoutALookaheadItemThisIsTheLastPage() {
        Page<Long> page = Page.ofLookahead(List.of(3L, 5L), 2, 2, Long::longValue);

        assertThat(page.next()).isNull();
    }

    @Test
    void aPageReadByPositionContinuesAfterItsLastPosition() {
        Page<String> first = Page.ofPosition(List.of("a", "b", "c"), PageRequest.first(2), 5);
        Page<String> last = Page.ofPosition(List.of("e"), new PageRequest(2, "4"), 5);

        assertThat(first.items()).containsExactly("a", "b");
        assertThat(first.next()).isEqualTo("2");
        assertThat(last.next()).isNull();
    }

    @Test
    void aCountRacedByADeleteNeverFallsBelowWhatThePageShows() {
        assertThat(Page.ofLookahead(List.of(1L, 2L, 3L), 2, 1, Long::longValue).total()).isEqualTo(2);
        assertThat(Page.ofPosition(List.of("a"), PageRequest.first(2), 0).total()).isEqualTo(1);
    }

    @Test
    void aTotalBelowThePageSizeIsABug() {
        assertThatThrownBy(() -> new Page<>(List.of(1, 2), null, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageAskedWithoutItsTotalReportsALowerBoundAndSaysSo() {
        Page<Long> page = Page.ofLookahead(List.of(3L, 5L, 8L), PageRequest.first(2).withoutTotal(), () -> {
            throw new AssertionError("counted although the request spared the count");
        }, Long::longValue);

        assertThat(page.items()).containsExactly(3L, 5L);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totalExact()).isFalse();
    }

    @Test
    void aFirstPageThatIsAlsoTheLastIsItsOwnExactTotalWithoutACount() {
        Page<Long> page = Page.ofLookahead(List.of(3L, 5L), PageRequest.first(2).withoutTotal(), () -> {
            throw new AssertionError("counted a list that the first page shows whole");
        }, Long::longValue);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.totalExact()).isTrue();
    }

    @Test
    void aPageAskedWithItsTotalCountsEveryMatch() {
        Page<Long> later = Page.ofLookahead(List.of(9L), new PageRequest(2, "8"), () -> 5, Long::longValue);

        assertThat(later.total()).isEqualTo(5);
        assertThat(later.totalExact()).isTrue();
        assertThat(new PageRequest(2, null).countTotal()).isTrue();
    }
}
