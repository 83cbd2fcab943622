package dev.opstracker.application.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.InMemoryTimeEntryStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryId;
import dev.opstracker.domain.time.TimeEntryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Two nodes acting on one person's timer at once: a stop that lost the race is decided again on what runs now. */
class TimerRacesTest {

    private static final Instant NINE = Instant.parse("2026-11-25T09:00:00Z");

    private final MutableClock clock = new MutableClock(NINE);
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryTimeEntryStore shared = new InMemoryTimeEntryStore();
    private final TaskId task = tasks.add(new NewTask(TaskFixtures.aTask().build(), NINE)).id();

    private TimeTracking nodeWhoseFirstWriteComesAfter(Consumer<TimeEntryStore> otherNode) {
        return new TimeTracking(tasks, new InMemoryComponentStore(), new OtherNodeFirst(shared, otherNode), new InMemoryCommandRunStore(),
                TimeSettings.DEFAULT, clock);
    }

    @Test
    void aStopRacingAnotherNodesStopOfTheSameTimerFindsNoTimerRunningRatherThanAStaleVersion() {
        TimeEntry running = shared.start(details(NINE), NINE).started();
        clock.advance(Duration.ofMinutes(5));
        TimeTracking node = nodeWhoseFirstWriteComesAfter(other -> other.update(running.changed(running.details().stoppedAt(clock.instant()),
                clock.instant()), false));

        assertThatThrownBy(() -> node.stop("marcus", null)).isInstanceOf(DomainException.NotFound.class).hasMessageContaining("marcus");
        assertThat(shared.running("marcus")).isEmpty();
    }

    @Test
    void aStopRacingAnotherNodesStartStopsTheTimerThatStartedMeanwhile() {
        shared.start(details(NINE), NINE);
        clock.advance(Duration.ofMinutes(5));
        Instant restarted = clock.instant();
        TimeTracking node = nodeWhoseFirstWriteComesAfter(other -> other.start(details(restarted), restarted));

        TimeEntry stopped = node.stop("marcus", null);

        assertThat(stopped.details().start()).isEqualTo(restarted);
        assertThat(stopped.details().isRunning()).isFalse();
        assertThat(shared.running("marcus")).isEmpty();
    }

    private TimeEntryDetails details(Instant start) {
        return new TimeEntryDetails(task, "marcus", start, null, ZoneOffset.UTC, null, null, true, null, Activity.INCIDENT);
    }

    /** The store as one node sees it, while the other node writes to it just before this node's first update. */
    private static final class OtherNodeFirst implements TimeEntryStore {

        private final TimeEntryStore store;
        private Consumer<TimeEntryStore> otherNode;

        OtherNodeFirst(TimeEntryStore store, Consumer<TimeEntryStore> otherNode) {
            this.store = store;
            this.otherNode = otherNode;
        }

        @Override
        public TimeEntry update(TimeEntry changed, boolean refuseOverlap) {
            if (otherNode != null) {
                otherNode.accept(store);
                otherNode = null;
            }
            return store.update(changed, refuseOverlap);
        }

        @Override
        public TimeEntry add(TimeEntryDetails details, Instant now, boolean refuseOverlap) {
            return store.add(details, now, refuseOverlap);
        }

        @Override
        public Started start(TimeEntryDetails running, Instant now) {
            return store.start(running, now);
        }

        @Override
        public Optional<TimeEntry> find(TimeEntryId id) {
            return store.find(id);
        }

        @Override
        public Optional<TimeEntry> running(String user) {
            return store.running(user);
        }

        @Override
        public List<TimeEntry> runningSince(Instant startedBefore) {
            return store.runningSince(startedBefore);
        }

        @Override
        public void delete(TimeEntryId id, long expectedVersion) {
            store.delete(id, expectedVersion);
        }

        @Override
        public Stream<TimeEntry> matching(TimeEntryFilter filter) {
            return store.matching(filter);
        }

        @Override
        public List<TimeEntry> overlapping(String user, Instant start, Instant end) {
            return store.overlapping(user, start, end);
        }
    }
}
