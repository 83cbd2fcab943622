package dev.opstracker.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskStatusTest {

    @ParameterizedTest
    @CsvSource({
        "OPEN, IN_PROGRESS, true", "OPEN, BLOCKED, true", "OPEN, DONE, true", "OPEN, CANCELLED, true",
        "IN_PROGRESS, OPEN, true", "IN_PROGRESS, BLOCKED, true", "IN_PROGRESS, DONE, true", "IN_PROGRESS, CANCELLED, true",
        "BLOCKED, OPEN, true", "BLOCKED, IN_PROGRESS, true", "BLOCKED, DONE, true", "BLOCKED, CANCELLED, true",
        "DONE, OPEN, true", "DONE, IN_PROGRESS, false", "DONE, BLOCKED, false", "DONE, CANCELLED, false",
        "CANCELLED, OPEN, true", "CANCELLED, IN_PROGRESS, false", "CANCELLED, DONE, false", "CANCELLED, BLOCKED, false",
        "OPEN, OPEN, false"
    })
    void theTransitionTableDecidesWhichMovesAreAllowed(TaskStatus from, TaskStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void onlyDoneAndCancelledAreClosed() {
        assertThat(TaskStatus.DONE.isClosed()).isTrue();
        assertThat(TaskStatus.CANCELLED.isClosed()).isTrue();
        assertThat(TaskStatus.OPEN.isClosed()).isFalse();
        assertThat(TaskStatus.IN_PROGRESS.isClosed()).isFalse();
        assertThat(TaskStatus.BLOCKED.isClosed()).isFalse();
    }

    @Test
    void statusNamesAreReadIgnoringCaseWithDashesOrSpaces() {
        assertThat(TaskStatus.parse("status", "in-progress")).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskStatus.parse("status", " done ")).isEqualTo(TaskStatus.DONE);
        assertThat(TaskStatus.parse("status", "In Progress")).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void anUnknownStatusNamesTheFieldTheValueAndTheChoices() {
        assertThatThrownBy(() -> TaskStatus.parse("status", "FINISHED"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("status");
                    assertThat(invalid.value()).isEqualTo("FINISHED");
                })
                .hasMessageContaining("OPEN, IN_PROGRESS, BLOCKED, DONE, CANCELLED");
        assertThatThrownBy(() -> TaskStatus.parse("status", " ")).isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> TaskStatus.parse("status", null)).hasMessageContaining("status is missing");
    }
}
