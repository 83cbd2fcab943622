package dev.opstracker.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskFilterTest {

    private static final Task TASK = Task.create(new TaskDetails("HighDiskUsage on node-7", null, Priority.P1, "marcus", null,
            new BillingCode("ACME"), new BillingCode("k8s"), null, Map.of("env", "prod")), Instant.EPOCH).withId(TaskId.of(1));

    @Test
    void anEmptyFilterMatchesEverything() {
        assertThat(TaskFilter.any().matches(TASK)).isTrue();
    }

    @Test
    void eachCriterionMustHold() {
        assertThat(TaskFilter.any().withStatuses(Set.of(TaskStatus.OPEN)).matches(TASK)).isTrue();
        assertThat(TaskFilter.any().withStatuses(Set.of(TaskStatus.DONE)).matches(TASK)).isFalse();
        assertThat(TaskFilter.any().withPriorities(Set.of(Priority.P2)).matches(TASK)).isFalse();
        assertThat(TaskFilter.any().withAssignee("dana").matches(TASK)).isFalse();
        assertThat(TaskFilter.any().withClient(new BillingCode("GLOBEX")).matches(TASK)).isFalse();
        assertThat(TaskFilter.any().withProject(new BillingCode("k8s")).matches(TASK)).isTrue();
        assertThat(TaskFilter.any().withAttributes(Map.of("env", "staging")).matches(TASK)).isFalse();
        assertThat(TaskFilter.any().withAttributes(Map.of("env", "prod")).matches(TASK)).isTrue();
        assertThat(TaskFilter.any().withTitleContaining("diskusage").matches(TASK)).isTrue();
        assertThat(TaskFilter.any().withTitleContaining("memory").matches(TASK)).isFalse();
    }

    @Test
    void blankTextMeansNoTextCriterion() {
        assertThat(TaskFilter.any().withTitleContaining("  ").titleContains()).isNull();
    }

    @Test
    void overlongSearchTextIsRejected() {
        assertThatThrownBy(() -> TaskFilter.any().withTitleContaining("x".repeat(201)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("text"));
    }
}
