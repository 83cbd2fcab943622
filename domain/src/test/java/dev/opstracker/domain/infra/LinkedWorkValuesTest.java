package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.task.TaskId;
import org.junit.jupiter.api.Test;

class LinkedWorkValuesTest {

    private static final ComponentPath CHECKOUT = ComponentPath.parse("aws/prod-eks/checkout");

    @Test
    void aCountIsNeverNegativeAndAlwaysNamesItsComponent() {
        assertThat(new ComponentWorkCount(ComponentId.of(3), CHECKOUT, 0).tasks()).isZero();
        assertThatThrownBy(() -> new ComponentWorkCount(ComponentId.of(3), CHECKOUT, -1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new ComponentWorkCount(null, CHECKOUT, 1)).hasMessageContaining("componentId");
        assertThatThrownBy(() -> new ComponentWorkCount(ComponentId.of(3), null, 1)).hasMessageContaining("path");
    }

    @Test
    void anOverlapNamesTheOtherTaskAndBothComponents() {
        ComponentPath cluster = ComponentPath.parse("aws/prod-eks");

        assertThat(new WorkOverlap(TaskId.of(7), cluster, CHECKOUT).theirs()).isEqualTo(cluster);
        assertThatThrownBy(() -> new WorkOverlap(null, cluster, CHECKOUT)).hasMessageContaining("otherTask");
        assertThatThrownBy(() -> new WorkOverlap(TaskId.of(7), null, CHECKOUT)).hasMessageContaining("theirs");
        assertThatThrownBy(() -> new WorkOverlap(TaskId.of(7), cluster, null)).hasMessageContaining("ours");
    }
}
