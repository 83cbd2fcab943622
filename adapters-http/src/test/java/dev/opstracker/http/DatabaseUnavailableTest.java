package dev.opstracker.http;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRequestWhoseStoreCannotGetADatabaseConnectionIsAnswered503WithRetryAfterNot500() {
        try (RunningApi api = RunningApi.startWith(RunningApi.defaultSettings(), RunningApi.HEALTHY_H2, new UnreachableTaskStore())) {
            ApiReply reply = api.get("/api/v1/tasks").send();

            assertThat(assertProblem(reply, 503).get("type").asText()).endsWith("database-unavailable");
            assertThat(reply.header("Retry-After")).isEqualTo("5");
        }
    }

    @Test
    void onlyConnectionFailuresCountAsTheDatabaseBeingUnreachable() {
        assertThat(DatabaseFailures.unreachable(new IllegalStateException(new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseFailures.describe(new IllegalStateException(new SQLTransientConnectionException("pool timed out"))))
                .isEqualTo("SQLTransientConnectionException: pool timed out");
    }

    /** A store whose every call fails the way a JDBC pool fails when it has no connection to give. */
    private static final class UnreachableTaskStore implements TaskStore {
        private static RuntimeException unreachable() {
            return new IllegalStateException("store failed", new SQLTransientConnectionException("Connection is not available, request timed out"));
        }

        @Override
        public Task add(NewTask task) {
            throw unreachable();
        }

        @Override
        public Optional<Task> find(TaskId id) {
            throw unreachable();
        }

        @Override
        public Task update(Task changed, List<TaskEvent> events) {
            throw unreachable();
        }

        @Override
        public void delete(TaskId id, OptionalLong expectedVersion) {
            throw unreachable();
        }

        @Override
        public Page<Task> list(TaskFilter filter, PageRequest page) {
            throw unreachable();
        }

        @Override
        public Page<TaskEvent> history(TaskId id, PageRequest page) {
            throw unreachable();
        }
    }
}
