package dev.opstracker.application.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.task.TaskId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskLifecycleListenerTest {

    private final List<String> told = new ArrayList<>();

    private TaskLifecycleListener recording(String name) {
        return new TaskLifecycleListener() {
            @Override
            public void taskOpened(TaskId taskId) {
                told.add(name + " opened " + taskId);
            }

            @Override
            public void taskClosed(TaskId taskId) {
                told.add(name + " closed " + taskId);
            }
        };
    }

    private TaskLifecycleListener failing(String name) {
        return new TaskLifecycleListener() {
            @Override
            public void taskClosed(TaskId taskId) {
                told.add(name + " failed " + taskId);
                throw new IllegalStateException(name + " broke");
            }
        };
    }

    @Test
    void allListenersAreToldInTheirOrder() {
        TaskLifecycleListener all = TaskLifecycleListener.all(List.of(recording("suggestions"), recording("drift")));

        all.taskOpened(TaskId.of(7));
        all.taskClosed(TaskId.of(7));

        assertThat(told).containsExactly("suggestions opened 7", "drift opened 7", "suggestions closed 7", "drift closed 7");
    }

    @Test
    void aListenerThatThrowsDoesNotKeepTheOthersFromBeingToldAndItsFailureIsThrownAfterwards() {
        TaskLifecycleListener all = TaskLifecycleListener.all(List.of(failing("first"), recording("second"), failing("third")));

        assertThatThrownBy(() -> all.taskClosed(TaskId.of(7))).isInstanceOf(IllegalStateException.class).hasMessage("first broke")
                .satisfies(failure -> assertThat(failure.getSuppressed()).extracting(Throwable::getMessage).containsExactly("third broke"));
        assertThat(told).containsExactly("first failed 7", "second closed 7", "third failed 7");
    }
}
