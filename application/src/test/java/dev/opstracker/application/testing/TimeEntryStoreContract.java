package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TimeEntryStore} must do; adapters run it against their database. */
public abstract class TimeEntryStoreContract {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private TimeEntryStore store;

    protected abstract TimeEntryStore emptyStore();

    @BeforeEach
    void store() {
        store = emptyStore();
    }

    private static TimeEntryDetails work(String user, String start, String end) {
        return new TimeEntryDetails(TaskId.of(7), user, Instant.parse(start), end == null ? null : Instant.parse(end), ZoneId.of("America/Los_Angeles"),
                new BillingCode("ACME"), null, true, "ümlaut note\nsecond line", Activity.INCIDENT);
    }

    @Test
    void anEntryReadsBackExactlyAsStored() {
        TimeEntry stored = store.add(work("marcus", "2026-11-24T23:59:59Z", "2026-11-26T00:00:01Z"), NOW, true);

        assertThat(store.find(stored.id())).contains(stored);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.details().seconds(NOW)).isEqualTo(86_400 + 2);
    }

    @Test
    void aUserHasOneRunningEntryAtMost() {
        TimeEntry running = store.add(work("marcus", "2026-11-25T08:00:00Z", null), NOW, true);

        assertThatThrownBy(() -> store.add(work("marcus", "2026-11-25T10:00:00Z", null), NOW, false)).isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("time entry " + running.id());
        assertThat(store.add(work("anna", "2026-11-25T10:00:00Z", null), NOW, true).details().isRunning()).isTrue();
        assertThat(store.running("marcus")).contains(running);
    }

    @Test
    void startingStopsTheRunningEntryAtTheNewStart() {
        TimeEntry first = store.add(work("marcus", "2026-11-25T08:00:00Z", null), NOW, true);

        TimeEntryStore.Started started = store.start(work("marcus", "2026-11-25T09:30:00Z", null), NOW);

        assertThat(started.stopped()).hasValueSatisfying(stopped -> {
            assertThat(stopped.id()).isEqualTo(first.id());
            assertThat(stopped.details().end()).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
            assertThat(stopped.version()).isEqualTo(2);
        });
        assertThat(store.running("marcus")).contains(started.started());
        assertThat(store.find(first.id()).orElseThrow().details().isRunning()).isFalse();
    }

    @Test
    void concurrentStartsForOneUserLeaveExactlyOneRunningAndNoSecondLost() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TimeEntryStore.Started>> starts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // One instant for all: whichever runs last, each earlier one is stopped where the next began.
                Callable<TimeEntryStore.Started> call = () -> store.start(work("marcus", "2026-11-25T09:00:00Z", null), NOW);
                starts.add(pool.submit(call));
            }
            for (Future<TimeEntryStore.Started> start : starts) {
                start.get();
            }
        } finally {
            pool.shutdown();
        }

        List<TimeEntry> all = store.overlapping("marcus", Instant.parse("2026-11-25T00:00:00Z"), null);
        assertThat(all).hasSize(8);
        assertThat(all.stream().filter(entry -> entry.details().isRunning())).hasSize(1);
    }

    @Test
    void anOverlapIsRefusedWhenAskedAndTouchingEntriesAreNot() {
        TimeEntry morning = store.add(work("marcus", "2026-11-25T08:00:00Z", "2026-11-25T09:00:00Z"), NOW, true);

        assertThatThrownBy(() -> store.add(work("marcus", "2026-11-25T08:59:00Z", "2026-11-25T09:30:00Z"), NOW, true))
                .isInstanceOf(DomainException.Conflict.class).hasMessageContaining("time entry " + morning.id());
        store.add(work("marcus", "2026-11-25T09:00:00Z", "2026-11-25T09:30:00Z"), NOW, true);
        store.add(work("anna", "2026-11-25T08:30:00Z", "2026-11-25T09:30:00Z"), NOW, true);
        assertThat(store.add(work("marcus", "2026-11-25T08:30:00Z", "2026-11-25T08:45:00Z"), NOW, false).id()).isNotNull();
        assertThat(store.overlapping("marcus", Instant.parse("2026-11-25T08:40:00Z"), Instant.parse("2026-11-25T08:41:00Z"))).hasSize(2);
    }

    @Test
    void updatesNeedTheNextVersionAndDeletesTheCurrentOne() {
        TimeEntry stored = store.add(work("marcus", "2026-11-25T08:00:00Z", "2026-11-25T09:00:00Z"), NOW, true);
        TimeEntry longer = stored.changed(stored.details().withSpan(stored.details().start(), Instant.parse("2026-11-25T09:15:00Z")), NOW);

        assertThat(store.update(longer, true)).isEqualTo(longer);
        assertThatThrownBy(() -> store.update(longer, true)).isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> store.delete(stored.id(), 1)).isInstanceOf(DomainException.Conflict.class);
        store.delete(stored.id(), 2);
        assertThat(store.find(stored.id())).isEmpty();
        assertThatThrownBy(() -> store.delete(stored.id(), 2)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void runningEntriesStartedBeforeAnInstantAreListedOldestFirst() {
        TimeEntry old = store.add(work("marcus", "2026-11-24T08:00:00Z", null), NOW, true);
        TimeEntry older = store.add(work("anna", "2026-11-23T08:00:00Z", null), NOW, true);
        store.add(work("lee", "2026-11-25T11:00:00Z", null), NOW, true);
        store.add(work("kim", "2026-11-20T08:00:00Z", "2026-11-20T09:00:00Z"), NOW, true);

        assertThat(store.runningSince(Instant.parse("2026-11-25T00:00:00Z"))).containsExactly(older, old);
    }

    @Test
    void entriesMatchingAFilterComeByStartWithRunningOnesAndThoseCrossingTheRangeEdges() {
        TimeEntry before = store.add(work("marcus", "2026-11-20T08:00:00Z", "2026-11-20T09:00:00Z"), NOW, true);
        TimeEntry acrossFrom = store.add(work("marcus", "2026-11-21T23:30:00Z", "2026-11-22T00:30:00Z"), NOW, true);
        TimeEntry inside = store.add(new TimeEntryDetails(TaskId.of(8), "anna", Instant.parse("2026-11-22T10:00:00Z"),
                Instant.parse("2026-11-22T11:00:00Z"), ZoneId.of("UTC"), new BillingCode("GLOBEX"), new BillingCode("k8s"), false, null, Activity.MEETING),
                NOW, true);
        TimeEntry running = store.add(work("anna", "2026-11-23T08:00:00Z", null), NOW, true);
        TimeRange range = new TimeRange(Instant.parse("2026-11-22T00:00:00Z"), Instant.parse("2026-11-24T00:00:00Z"));

        assertThat(matching(TimeEntryFilter.in(range))).containsExactly(acrossFrom, inside, running);
        assertThat(matching(new TimeEntryFilter(range, new BillingCode("ACME"), null, null, null))).containsExactly(acrossFrom, running);
        assertThat(matching(new TimeEntryFilter(range, new BillingCode("GLOBEX"), new BillingCode("k8s"), null, null))).containsExactly(inside);
        assertThat(matching(new TimeEntryFilter(range, null, null, "anna", null))).containsExactly(inside, running);
        assertThat(matching(new TimeEntryFilter(range, null, null, null, Set.of(TaskId.of(8), TaskId.of(99))))).containsExactly(inside);
        assertThat(matching(new TimeEntryFilter(range, null, null, null, Set.of()))).isEmpty();
        assertThat(matching(TimeEntryFilter.in(new TimeRange(Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-21T23:30:00Z"))))).isEmpty();
        assertThat(matching(TimeEntryFilter.in(new TimeRange(Instant.parse("2026-11-20T08:59:59Z"), Instant.parse("2026-11-21T23:30:01Z")))))
                .containsExactly(before, acrossFrom);
    }

    @Test
    void aLargeMatchStreamsInStartOrder() {
        List<TimeEntry> added = new ArrayList<>();
        Instant start = Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < 2_500; i++) {
            Instant from = start.plusSeconds(600L * i);
            added.add(store.add(work(i % 2 == 0 ? "marcus" : "anna", from.toString(), from.plusSeconds(300).toString()), NOW, false));
        }

        assertThat(matching(TimeEntryFilter.in(new TimeRange(start, NOW)))).containsExactlyElementsOf(added);
    }

    private List<TimeEntry> matching(TimeEntryFilter filter) {
        try (Stream<TimeEntry> matches = store.matching(filter)) {
            return matches.toList();
        }
    }
}
