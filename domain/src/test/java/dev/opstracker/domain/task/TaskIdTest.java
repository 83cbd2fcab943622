package dev.opstracker.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class TaskIdTest {

    @Test
    void idsAreReadFromText() {
        assertThat(TaskId.parse(" 42 ")).isEqualTo(TaskId.of(42));
        assertThat(TaskId.of(42)).hasToString("42");
    }

    @Test
    void nonPositiveOrNonNumericIdsAreRejected() {
        for (String bad : new String[] {"0", "-3", "abc", "", "99999999999999999999"}) {
            assertThatThrownBy(() -> TaskId.parse(bad)).as(bad).isInstanceOf(DomainException.InvalidInput.class);
        }
        assertThatThrownBy(() -> TaskId.parse(null)).isInstanceOf(DomainException.InvalidInput.class);
    }
}
