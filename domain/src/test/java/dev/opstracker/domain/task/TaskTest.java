package dev.opstracker.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private static Task openTask() {
        return Task.create(TaskDetails.titled("Rotate certs"), T0).withId(TaskId.of(7));
    }

    @Test
    void aNewTaskIsOpenAtVersionOneCreatedNow() {
        Task task = openTask();

        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.version()).isEqualTo(1);
        assertThat(task.createdAt()).isEqualTo(T0);
        assertThat(task.updatedAt()).isEqualTo(T0);
        assertThat(task.completedAt()).isNull();
    }

    @Test
    void editingChangesOnlyTheGivenFieldsAndBumpsVersionAndUpdatedAt() {
        Task task = openTask();

        Task edited = task.edit(TaskChanges.none().withAssignee("marcus").withPriority(Priority.P1), T1);

        assertThat(edited.details().title()).isEqualTo("Rotate certs");
        assertThat(edited.details().assignee()).isEqualTo("marcus");
        assertThat(edited.details().priority()).isEqualTo(Priority.P1);
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.updatedAt()).isEqualTo(T1);
        assertThat(edited.createdAt()).isEqualTo(T0);
        assertThat(task.version()).as("the original is unchanged").isEqualTo(1);
    }

    @Test
    void anEditThatChangesNothingKeepsTheSameTaskAndVersion() {
        Task task = openTask();

        assertThat(task.edit(TaskChanges.none().withTitle(" Rotate certs "), T1)).isSameAs(task);
    }

    @Test
    void closingATaskSetsCompletedAtAndReopeningClearsIt() {
        Task.StatusChange done = openTask().moveTo(TaskStatus.DONE, "fixed", T1);

        assertThat(done.task().completedAt()).isEqualTo(T1);
        assertThat(done.event()).isEqualTo(new TaskEvent.StatusChanged(TaskId.of(7), TaskStatus.OPEN, TaskStatus.DONE, "fixed", T1));

        Task reopened = done.task().moveTo(TaskStatus.OPEN, null, T1.plusSeconds(1)).task();
        assertThat(reopened.completedAt()).isNull();
        assertThat(reopened.version()).isEqualTo(3);
    }

    @Test
    void anIllegalTransitionIsAConflictNamingBothStatesAndTheAllowedOnes() {
        Task done = openTask().moveTo(TaskStatus.DONE, null, T1).task();

        assertThatThrownBy(() -> done.moveTo(TaskStatus.BLOCKED, null, T1))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("illegal-transition"))
                .hasMessage("task 7 cannot move from DONE to BLOCKED; allowed from DONE: [OPEN]");
    }

    @Test
    void movingToTheCurrentStatusIsAConflict() {
        assertThatThrownBy(() -> openTask().moveTo(TaskStatus.OPEN, null, T1))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessage("task 7 is already OPEN");
    }

    @Test
    void aStatusNoteIsTrimmedAndBounded() {
        assertThat(openTask().moveTo(TaskStatus.BLOCKED, "  waiting on vendor ", T1).event().note()).isEqualTo("waiting on vendor");
        assertThatThrownBy(() -> openTask().moveTo(TaskStatus.BLOCKED, "n".repeat(2001), T1))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("note"));
    }

    @Test
    void checkingAnOutdatedVersionIsAStaleVersionConflict() {
        Task task = openTask();

        task.checkVersion(1);
        assertThatThrownBy(() -> task.checkVersion(3))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("stale-version"))
                .hasMessageContaining("task 7 is at version 1, not 3");
    }

    @Test
    void restoringATaskRechecksItsInvariants() {
        TaskDetails details = TaskDetails.titled("t");
        assertThatThrownBy(() -> new Task(TaskId.of(1), details, TaskStatus.DONE, T0, T0, null, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Task(TaskId.of(1), details, TaskStatus.OPEN, T0, T0, T1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Task(TaskId.of(1), details, TaskStatus.OPEN, T0, T0, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attributeChangesMergeRemovingKeysMappedToNull() {
        Task task = Task.create(new TaskDetails("t", null, Priority.P3, null, null, null, null, null,
                Map.of("env", "prod", "ticket", "OPS-1")), T0).withId(TaskId.of(1));
        Map<String, String> changes = new HashMap<>();
        changes.put("ticket", null);
        changes.put("zone", "b");

        Task edited = task.edit(TaskChanges.none().withAttributes(changes), T1);

        assertThat(edited.details().attributes()).containsExactly(Map.entry("env", "prod"), Map.entry("zone", "b"));
    }

    @Test
    void allAttributesCanBeRemovedAtOnceAndNewOnesSetInTheSameEdit() {
        Task task = Task.create(new TaskDetails("t", null, Priority.P3, null, null, null, null, null,
                Map.of("env", "prod", "ticket", "OPS-1")), T0).withId(TaskId.of(1));

        Task edited = task.edit(TaskChanges.none().withAllAttributesRemoved().withAttributes(Map.of("zone", "b")), T1);

        assertThat(edited.details().attributes()).containsExactly(Map.entry("zone", "b"));
    }

    @Test
    void everyFieldCanBeChangedAndOptionalOnesCleared() {
        Task task = openTask().edit(TaskChanges.none()
                .withTitle("new title")
                .withDescription("why")
                .withReporter("grafana")
                .withClient(new BillingCode("ACME"))
                .withProject(new BillingCode("web"))
                .withDueAt(T1), T1);

        assertThat(task.details()).isEqualTo(new TaskDetails("new title", "why", Priority.P3, null, "grafana",
                new BillingCode("ACME"), new BillingCode("web"), T1, Map.of()));

        Task cleared = task.edit(TaskChanges.none().withDescription(null).withClient(null).withDueAt(null), T1);
        assertThat(cleared.details().description()).isNull();
        assertThat(cleared.details().client()).isNull();
        assertThat(cleared.details().dueAt()).isNull();
        assertThat(cleared.details().project()).isEqualTo(new BillingCode("web"));
    }

    @Test
    void clearingThePriorityOrTitleIsInvalid() {
        assertThatThrownBy(() -> openTask().edit(TaskChanges.none().withPriority(null), T1))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("priority"));
        assertThatThrownBy(() -> openTask().edit(TaskChanges.none().withTitle(null), T1))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("title"));
    }
}
