package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.audit.AuditStore;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditStore} must do; adapters run it against their database. */
public abstract class AuditStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00.123456Z");
    private static final Actor ADMIN = Actor.token("ops admin", 4);

    private AuditStore store;

    /** A store holding no entries. Called before every test. */
    protected abstract AuditStore emptyStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
    }

    private AuditEntry append(Instant at, String target) {
        return store.append(AuditEntry.unsaved(at, ADMIN, AuditAction.TOKEN_CREATED, target, "scopes=tasks:read"));
    }

    private static List<String> targets(Page<AuditEntry> page) {
        return page.items().stream().map(AuditEntry::target).toList();
    }

    @Test
    void anAppendedEntryReadsBackEqualWithItsActorActionTargetDetailAndInstant() {
        AuditEntry unsaved = AuditEntry.unsaved(T0, Actor.named("Jörg, 日本 ops"), AuditAction.DATA_EXPORTED, "time report",
                "from=2026-11-01T00:00:00Z to=2026-12-01T00:00:00Z client=ACME format=harvest");

        AuditEntry stored = store.append(unsaved);

        assertThat(stored.id()).isPositive();
        assertThat(stored).isEqualTo(unsaved.withId(stored.id()));
        assertThat(store.list(null, PageRequest.firstDefault()).items()).containsExactly(stored);
    }

    @Test
    void anActorsTokenIdAndAnEmptyDetailAreKept() {
        AuditEntry stored = store.append(AuditEntry.unsaved(T0, ADMIN, AuditAction.RUNBOOK_RESTORED, "runbook restart-pod", null));

        AuditEntry read = store.list(null, PageRequest.firstDefault()).items().getFirst();
        assertThat(read.actor()).isEqualTo(ADMIN);
        assertThat(read.detail()).isEmpty();
        assertThat(read).isEqualTo(stored);
    }

    @Test
    void aDetailAtTheLongestLengthIsKeptWhole() {
        String longest = "é".repeat(AuditEntry.MAX_DETAIL_LENGTH);

        store.append(AuditEntry.unsaved(T0, ADMIN, AuditAction.DATA_EXPORTED, "time report", longest));

        assertThat(store.list(null, PageRequest.firstDefault()).items().getFirst().detail()).isEqualTo(longest);
    }

    @Test
    void entriesAreListedNewestFirstAPageAtATime() {
        for (int i = 1; i <= 5; i++) {
            append(T0.plusSeconds(i), "token " + i);
        }

        Page<AuditEntry> first = store.list(null, PageRequest.first(2));
        Page<AuditEntry> second = store.list(null, new PageRequest(2, first.next()));
        Page<AuditEntry> last = store.list(null, new PageRequest(2, second.next()));

        assertThat(targets(first)).containsExactly("token 5", "token 4");
        assertThat(first.total()).isEqualTo(5);
        assertThat(targets(second)).containsExactly("token 3", "token 2");
        assertThat(targets(last)).containsExactly("token 1");
        assertThat(last.next()).isNull();
    }

    @Test
    void sinceKeepsTheEntriesRecordedAtOrAfterIt() {
        append(T0, "token 1");
        append(T0.plusNanos(1_000), "token 2");
        append(T0.plusSeconds(60), "token 3");

        assertThat(targets(store.list(T0.plusNanos(1_000), PageRequest.firstDefault()))).containsExactly("token 3", "token 2");
        assertThat(store.list(T0.plusNanos(1_000), PageRequest.firstDefault()).total()).isEqualTo(2);
        assertThat(store.list(T0.plusSeconds(61), PageRequest.firstDefault()).items()).isEmpty();
        Page<AuditEntry> paged = store.list(T0.plusNanos(1_000), PageRequest.first(1));
        assertThat(targets(store.list(T0.plusNanos(1_000), new PageRequest(1, paged.next())))).containsExactly("token 2");
    }

    @Test
    void anEmptyLogHasAnEmptyLastPage() {
        Page<AuditEntry> page = store.list(null, PageRequest.firstDefault());

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isNull();
        assertThat(page.total()).isZero();
    }

    @Test
    void appendingAStoredEntryAgainIsRefused() {
        AuditEntry stored = append(T0, "token 1");

        assertThatThrownBy(() -> store.append(stored)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentAppendsAreAllKeptWithDistinctIdentities() throws Exception {
        int writers = 8;
        int each = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        append(T0, "writer %d entry %d".formatted(writer, i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Page<AuditEntry> all = store.list(null, PageRequest.first(PageRequest.MAX_LIMIT));
        assertThat(all.items()).hasSize(writers * each);
        assertThat(all.items().stream().map(AuditEntry::id).distinct()).hasSize(writers * each);
    }
}
