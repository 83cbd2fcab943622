package dev.opstracker.application.testing;

import static dev.opstracker.application.testing.TaskFixtures.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TaskStore} must do. Subclasses supply an empty store; list filters are
 * covered by {@link TaskStoreListContract}.
 */
public abstract class TaskStoreContract {

    protected static final Instant T0 = Instant.parse("2026-11-20T08:15:30.123456Z");

    protected TaskStore store;

    /** A store holding no tasks. Called before every test. */
    protected abstract TaskStore emptyStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
    }

    protected Task add(TaskDetails details) {
        return store.add(Task.create(details, T0));
    }

    @Test
    void addedTasksGetAscendingIdsAndStartOpenAtVersionOne() {
        Task first = add(aTask().titled("first").build());
        Task second = add(aTask().titled("second").build());

        assertThat(second.id().value()).isGreaterThan(first.id().value());
        assertThat(first.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.createdAt()).isEqualTo(T0);
        assertThat(first.updatedAt()).isEqualTo(T0);
        assertThat(first.completedAt()).isNull();
    }

    @Test
    void aStoredTaskReadsBackWithEveryFieldIntact() {
        Task added = add(TaskFixtures.fullyDescribed());

        assertThat(store.find(added.id())).contains(added);
    }

    @Test
    void aTaskWithOnlyATitleReadsBackWithOptionalFieldsAbsent() {
        Task added = add(TaskDetails.titled("bare"));

        Task found = store.find(added.id()).orElseThrow();
        assertThat(found).isEqualTo(added);
        assertThat(found.details().attributes()).isEmpty();
        assertThat(found.details().client()).isNull();
    }

    @Test
    void findingAnUnknownIdGivesNothing() {
        assertThat(store.find(TaskId.of(987_654))).isEmpty();
    }

    @Test
    void anUpdateReplacesDetailsAndAttributesAndBumpsTheVersion() {
        Task added = add(TaskFixtures.fullyDescribed());
        Task edited = added.edit(TaskChanges.none()
                .withTitle("renamed")
                .withAssignee(null)
                .withAttributes(mapWithNull("ticket", "env", "staging")), T0.plusSeconds(5));

        Task stored = store.update(edited, List.of());

        assertThat(stored.version()).isEqualTo(2);
        Task found = store.find(added.id()).orElseThrow();
        assertThat(found).isEqualTo(edited);
        assertThat(found.details().assignee()).isNull();
        assertThat(found.details().attributes()).containsExactly(Map.entry("env", "staging"));
    }

    @Test
    void anUpdateBasedOnAnOutdatedVersionIsAConflictAndChangesNothing() {
        Task added = add(aTask().build());
        store.update(added.edit(TaskChanges.none().withTitle("first writer"), T0), List.of());

        Task stale = added.edit(TaskChanges.none().withTitle("second writer"), T0);

        assertThatThrownBy(() -> store.update(stale, List.of()))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("stale-version"));
        assertThat(store.find(added.id()).orElseThrow().details().title()).isEqualTo("first writer");
    }

    @Test
    void updatingATaskThatDoesNotExistIsNotFound() {
        Task added = add(aTask().build());
        store.delete(added.id(), OptionalLong.empty());

        assertThatThrownBy(() -> store.update(added.edit(TaskChanges.none().withTitle("gone"), T0), List.of()))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void statusChangesAreKeptInHistoryOldestFirst() {
        Task added = add(aTask().build());
        Task.StatusChange started = added.moveTo(TaskStatus.IN_PROGRESS, null, T0.plusSeconds(1));
        store.update(started.task(), List.of(started.event()));
        Task.StatusChange done = started.task().moveTo(TaskStatus.DONE, "cert rotated, verified with openssl s_client", T0.plusSeconds(2));
        store.update(done.task(), List.of(done.event()));

        Page<TaskEvent> history = store.history(added.id(), PageRequest.first(10));

        assertThat(history.items()).containsExactly(started.event(), done.event());
        assertThat(history.next()).isNull();
        assertThat(history.total()).isEqualTo(2);
        assertThat(store.find(added.id()).orElseThrow().completedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void aLongHistoryIsReadPageByPageInOrder() {
        Task task = add(aTask().build());
        List<TaskEvent> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Task.StatusChange change = task.moveTo(task.status() == TaskStatus.OPEN ? TaskStatus.BLOCKED : TaskStatus.OPEN, "step " + i, T0.plusSeconds(i));
            task = store.update(change.task(), List.of(change.event()));
            expected.add(change.event());
        }

        Page<TaskEvent> first = store.history(task.id(), PageRequest.first(2));
        Page<TaskEvent> second = store.history(task.id(), new PageRequest(2, first.next()));
        Page<TaskEvent> last = store.history(task.id(), new PageRequest(2, second.next()));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(second.items()).containsExactlyElementsOf(expected.subList(2, 4));
        assertThat(last.items()).containsExactlyElementsOf(expected.subList(4, 5));
        assertThat(last.next()).isNull();
    }

    @Test
    void eventsAboutAnotherTaskAreRefusedAndNothingIsWritten() {
        Task first = add(aTask().titled("first").build());
        Task second = add(aTask().titled("second").build());
        Task.StatusChange foreign = second.moveTo(TaskStatus.DONE, null, T0);
        Task edited = first.edit(TaskChanges.none().withTitle("edited"), T0);

        assertThatThrownBy(() -> store.update(edited, List.of(foreign.event()))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(first.id()).orElseThrow()).isEqualTo(first);
        assertThat(store.history(first.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(store.history(second.id(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void deletingRemovesTheTaskAndItsHistory() {
        Task added = add(aTask().build());
        Task.StatusChange started = added.moveTo(TaskStatus.IN_PROGRESS, "on it", T0);
        store.update(started.task(), List.of(started.event()));

        store.delete(added.id(), OptionalLong.of(2));

        assertThat(store.find(added.id())).isEmpty();
        assertThat(store.history(added.id(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void deletingWithAnOutdatedVersionIsAConflictAndKeepsTheTask() {
        Task added = add(aTask().build());

        assertThatThrownBy(() -> store.delete(added.id(), OptionalLong.of(7)))
                .isInstanceOf(DomainException.Conflict.class);
        assertThat(store.find(added.id())).isPresent();
    }

    @Test
    void deletingATaskThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> store.delete(TaskId.of(424_242), OptionalLong.empty()))
                .isInstanceOf(DomainException.NotFound.class)
                .hasMessageContaining("424242");
    }

    @Test
    void ofConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        Task added = add(aTask().build());
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Task edit = added.edit(TaskChanges.none().withTitle("writer " + i), T0.plus(Duration.ofSeconds(i)));
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        store.update(edit, List.of());
                        return true;
                    } catch (DomainException.Conflict lost) {
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(store.find(added.id()).orElseThrow().version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFirstPageOfAnEmptyStoreIsEmptyWithNoNextCursor() {
        // Subclasses may have added tasks before each test; start from nothing here.
        Page<Task> page = emptyStore().list(dev.opstracker.domain.task.TaskFilter.any(), PageRequest.first(10));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isNull();
        assertThat(page.total()).isZero();
    }

    protected static Map<String, String> mapWithNull(String removedKey, String key, String value) {
        Map<String, String> changes = new java.util.HashMap<>();
        changes.put(removedKey, null);
        changes.put(key, value);
        return changes;
    }
}
