package dev.opstracker.application.task;

import static dev.opstracker.application.testing.TaskFixtures.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.RacingTaskStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskServiceTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00.123456789Z");
    private final TaskService tasks = new TaskService(new InMemoryTaskStore(), clock);

    @Test
    void aCreatedTaskIsOpenStampedWithTheClockToTheMicrosecond() {
        Task task = tasks.create(aTask().titled("Disk full on db-2").build());

        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.createdAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00.123456Z"));
        assertThat(tasks.get(task.id())).isEqualTo(task);
    }

    @Test
    void gettingAnUnknownTaskIsNotFoundNamingTheId() {
        assertThatThrownBy(() -> tasks.get(TaskId.of(99)))
                .isInstanceOf(DomainException.NotFound.class)
                .hasMessage("task 99 does not exist");
    }

    @Test
    void anUpdateAgainstTheCurrentVersionIsApplied() {
        Task task = tasks.create(aTask().build());
        clock.advance(Duration.ofMinutes(5));

        Task updated = tasks.update(new UpdateTaskCommand(task.id(), 1, TaskChanges.none().withPriority(Priority.P1)));

        assertThat(updated.details().priority()).isEqualTo(Priority.P1);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedAt()).isEqualTo(task.createdAt().plus(Duration.ofMinutes(5)));
        assertThat(tasks.get(task.id())).isEqualTo(updated);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        Task task = tasks.create(aTask().titled("same").build());
        clock.advance(Duration.ofMinutes(1));

        Task unchanged = tasks.update(new UpdateTaskCommand(task.id(), 1, TaskChanges.none().withTitle("same")));

        assertThat(unchanged).isEqualTo(task);
        assertThat(tasks.get(task.id()).version()).isEqualTo(1);
    }

    @Test
    void anUpdateAgainstAnOldVersionIsAStaleVersionConflict() {
        Task task = tasks.create(aTask().build());
        tasks.update(new UpdateTaskCommand(task.id(), 1, TaskChanges.none().withTitle("mine")));

        assertThatThrownBy(() -> tasks.update(new UpdateTaskCommand(task.id(), 1, TaskChanges.none().withTitle("theirs"))))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("stale-version"));
        assertThat(tasks.get(task.id()).details().title()).isEqualTo("mine");
    }

    @Test
    void anUpdateWithoutAnExpectedVersionAppliesToTheCurrentOne() {
        Task task = tasks.create(aTask().build());
        tasks.update(new UpdateTaskCommand(task.id(), 1, TaskChanges.none().withTitle("first")));

        Task updated = tasks.update(new UpdateTaskCommand(task.id(), OptionalLong.empty(), TaskChanges.none().withAssignee("dana")));

        assertThat(updated.version()).isEqualTo(3);
        assertThat(updated.details().title()).isEqualTo("first");
        assertThat(updated.details().assignee()).isEqualTo("dana");
    }

    @Test
    void anUnversionedChangeThatLosesARaceIsRetriedOnTheNewVersion() {
        RacingTaskStore store = new RacingTaskStore();
        TaskService racing = new TaskService(store, clock);
        Task task = racing.create(aTask().build());
        store.raceNextUpdate();

        Task done = racing.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.DONE, "fixed"));

        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.details().assignee()).as("the competing edit is kept").isEqualTo("racer");
        assertThat(done.version()).isEqualTo(3);
    }

    @Test
    void aVersionedChangeThatLosesARaceIsAConflict() {
        RacingTaskStore store = new RacingTaskStore();
        TaskService racing = new TaskService(store, clock);
        Task task = racing.create(aTask().build());
        store.raceNextUpdate();

        assertThatThrownBy(() -> racing.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.DONE, null, OptionalLong.of(1))))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("stale-version"));
    }

    @Test
    void aTaskThatNeverChangedStatusHasAnEmptyHistory() {
        Task task = tasks.create(aTask().build());

        assertThat(tasks.history(task.id(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void statusChangesFollowTheTableAndAreRecordedWithTheirNote() {
        Task task = tasks.create(aTask().build());
        tasks.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.IN_PROGRESS, null));
        clock.advance(Duration.ofHours(1));

        Task done = tasks.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.DONE, "rotated", OptionalLong.of(2)));

        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.completedAt()).isEqualTo(done.updatedAt());
        assertThat(tasks.history(task.id(), PageRequest.first(10)).items()).extracting(event -> ((TaskEvent.StatusChanged) event).to())
                .containsExactly(TaskStatus.IN_PROGRESS, TaskStatus.DONE);
        assertThatThrownBy(() -> tasks.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.BLOCKED, null)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("illegal-transition"));
    }

    @Test
    void aStatusChangeBasedOnAnOldVersionIsRejected() {
        Task task = tasks.create(aTask().build());

        assertThatThrownBy(() -> tasks.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.DONE, null, OptionalLong.of(5))))
                .isInstanceOf(DomainException.Conflict.class);
        assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void deletedTasksAreGoneAndTheirHistoryWithThem() {
        Task task = tasks.create(aTask().build());

        tasks.delete(task.id(), OptionalLong.of(1));

        assertThatThrownBy(() -> tasks.get(task.id())).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> tasks.history(task.id(), PageRequest.first(10))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void listingFiltersAndPages() {
        for (int i = 0; i < 5; i++) {
            tasks.create(aTask().titled("task " + i).withPriority(i % 2 == 0 ? Priority.P1 : Priority.P4).build());
        }

        var page = tasks.list(TaskFilter.any().withPriorities(Set.of(Priority.P1)), PageRequest.first(2));

        assertThat(page.items()).extracting(task -> task.details().title()).containsExactly("task 0", "task 2");
        assertThat(page.total()).isEqualTo(3);
        assertThat(tasks.list(TaskFilter.any().withPriorities(Set.of(Priority.P1)), new PageRequest(2, page.next())).items())
                .extracting(task -> task.details().title()).containsExactly("task 4");
    }
}
