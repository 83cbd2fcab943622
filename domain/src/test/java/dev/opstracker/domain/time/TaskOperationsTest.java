package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskOperationsTest {

    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    private static final TaskId ID = TaskId.of(7);

    static Task task(Instant createdAt, TaskStatus status, Instant completedAt) {
        return new Task(ID, TaskDetails.titled("Disk full"), status, createdAt, createdAt, completedAt, 1);
    }

    static Incident incident(Instant firstSeenAt, Instant resolvedAt, long occurrences) {
        return new Incident(1, AlertSource.GENERIC, "", "disk-full", ID, resolvedAt == null ? AlertStatus.FIRING : AlertStatus.RESOLVED, Severity.WARNING,
                "Disk full", null, firstSeenAt, null, firstSeenAt, firstSeenAt, resolvedAt, occurrences);
    }

    @Test
    void anAlertTaskIsMeasuredFromItsFirstIncidentToItsAcknowledgementAndItsResolution() {
        // The alert was first seen a minute before the task was created (a threshold held it back).
        Instant firstSeen = T0.minusSeconds(60);
        TaskOperations measured = TaskOperations.of(task(T0, TaskStatus.DONE, T0.plusSeconds(49 * 60)), T0.plusSeconds(9 * 60).plusMillis(900),
                List.of(incident(firstSeen, T0.plusSeconds(49 * 60), 3), incident(T0.plusSeconds(3_600), null, 2)));

        assertThat(measured.timeToAcknowledge()).isEqualTo(Duration.ofMinutes(10));
        assertThat(measured.timeToResolve()).isEqualTo(Duration.ofMinutes(50));
        // Three firings fold two, two fold one.
        assertThat(measured.alertsFolded()).isEqualTo(3);
    }

    @Test
    void theEarlierOfClosingTheTaskAndResolvingItsIncidentResolvesIt() {
        Task closedLate = task(T0, TaskStatus.CANCELLED, T0.plusSeconds(7_200));
        assertThat(TaskOperations.of(closedLate, null, List.of(incident(T0, T0.plusSeconds(600), 1))).timeToResolve()).isEqualTo(Duration.ofMinutes(10));
        Task reopened = task(T0, TaskStatus.OPEN, null);
        assertThat(TaskOperations.of(reopened, null, List.of(incident(T0, T0.plusSeconds(600), 1))).timeToResolve()).isEqualTo(Duration.ofMinutes(10));
        assertThat(TaskOperations.of(task(T0, TaskStatus.DONE, T0.plusSeconds(300)), null, List.of(incident(T0, T0.plusSeconds(600), 1))).timeToResolve())
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aTaskNeverAcknowledgedNorResolvedHasNoTimesAndNothingFolded() {
        TaskOperations measured = TaskOperations.of(task(T0, TaskStatus.BLOCKED, null), null, List.of());

        assertThat(measured.timeToAcknowledge()).isNull();
        assertThat(measured.timeToResolve()).isNull();
        assertThat(measured.alertsFolded()).isZero();
        assertThat(measured.createdAt()).isEqualTo(T0);
    }

    @Test
    void onlyAMoveToInProgressAcknowledgesATask() {
        assertThat(TaskOperations.isAcknowledgement(new TaskEvent.StatusChanged(ID, TaskStatus.OPEN, TaskStatus.IN_PROGRESS, null, T0))).isTrue();
        assertThat(TaskOperations.isAcknowledgement(new TaskEvent.StatusChanged(ID, TaskStatus.OPEN, TaskStatus.BLOCKED, null, T0))).isFalse();
    }

    @Test
    void aTaskIsOpenedWithinARangeFromItsStartIncludedToItsEndExcluded() {
        TimeRange range = new TimeRange(T0, T0.plusSeconds(3_600));
        assertThat(TaskOperations.of(task(T0, TaskStatus.OPEN, null), null, List.of()).openedWithin(range)).isTrue();
        assertThat(TaskOperations.of(task(T0.minusSeconds(1), TaskStatus.OPEN, null), null, List.of()).openedWithin(range)).isFalse();
        assertThat(TaskOperations.of(task(T0.plusSeconds(3_600), TaskStatus.OPEN, null), null, List.of()).openedWithin(range)).isFalse();
    }

    @Test
    void aNegativeFoldCountIsABug() {
        assertThatThrownBy(() -> new TaskOperations(ID, T0, -1, null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
