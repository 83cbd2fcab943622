package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.alert.DeadLetterStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeadLetterStore} must do. */
public abstract class DeadLetterStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00.123456Z");

    protected DeadLetterStore store;

    protected abstract DeadLetterStore emptyStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
    }

    @Test
    void aDeadLetterKeepsItsExactBytesEvenWhenTheyAreNotText() {
        byte[] body = {'{', (byte) 0xFF, 0, '}'};
        DeadLetter stored = store.add(letter(AlertSource.ALERTMANAGER, T0, body));

        DeadLetter read = store.find(stored.id()).orElseThrow();
        assertThat(read.body()).containsExactly(body);
        assertThat(read).isEqualTo(stored);
        assertThat(read.replayed()).isFalse();
        assertThat(store.find(stored.id() + 1)).isEmpty();
    }

    @Test
    void deadLettersAreListedNewestFirstPageByPage() {
        for (int n = 0; n < 5; n++) {
            store.add(letter(AlertSource.GENERIC, T0.plusSeconds(n), new byte[] {(byte) n}));
        }
        Page<DeadLetter> first = store.list(PageRequest.first(2));
        Page<DeadLetter> second = store.list(new PageRequest(2, first.next()));
        Page<DeadLetter> last = store.list(new PageRequest(2, second.next()));

        assertThat(first.items()).extracting(letter -> letter.body()[0]).containsExactly((byte) 4, (byte) 3);
        assertThat(second.items()).extracting(letter -> letter.body()[0]).containsExactly((byte) 2, (byte) 1);
        assertThat(last.items()).extracting(letter -> letter.body()[0]).containsExactly((byte) 0);
        assertThat(last.next()).isNull();
        assertThat(first.total()).isEqualTo(5);
    }

    @Test
    void recentRejectionsAreCountedPerSource() {
        store.add(letter(AlertSource.GRAFANA, T0, new byte[0]));
        store.add(letter(AlertSource.GRAFANA, T0.plusSeconds(60), new byte[0]));
        store.add(letter(AlertSource.EVENTS, T0.plusSeconds(60), new byte[0]));

        assertThat(store.countSince(AlertSource.GRAFANA, T0)).isEqualTo(2);
        assertThat(store.countSince(AlertSource.GRAFANA, T0.plusSeconds(1))).isEqualTo(1);
        assertThat(store.countSince(AlertSource.ALERTMANAGER, T0)).isZero();
    }

    @Test
    void aReplayIsRecordedOnTheLetter() {
        DeadLetter stored = store.add(letter(AlertSource.GENERIC, T0, new byte[] {1}));
        store.markReplayed(stored.id(), T0.plusSeconds(5));

        assertThat(store.find(stored.id()).orElseThrow().replayedAt()).isEqualTo(T0.plusSeconds(5));
        assertThatThrownBy(() -> store.markReplayed(stored.id() + 100, T0)).isInstanceOf(DomainException.NotFound.class);
    }

    private static DeadLetter letter(AlertSource source, Instant at, byte[] body) {
        return new DeadLetter(0, source, at, body, "alerts[0].status: expected firing or resolved", null);
    }
}
