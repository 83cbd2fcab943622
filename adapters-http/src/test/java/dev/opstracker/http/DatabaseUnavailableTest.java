package dev.opstracker.http;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRequestWhoseStoreCannotGetADatabaseConnectionIsAnswered503WithRetryAfterNot500() {
        try (RunningApi api = RunningApi.startWith(RunningApi.defaultSettings(), RunningApi.HEALTHY_H2, new BrokenTaskStore(
                () -> new IllegalStateException("store failed", new SQLTransientConnectionException("Connection is not available, request timed out"))))) {
            ApiReply reply = api.get("/api/v1/tasks").send();

            assertThat(assertProblem(reply, 503).get("type").asText()).endsWith("database-unavailable");
            assertThat(reply.header("Retry-After")).isEqualTo("5");
        }
    }

    @Test
    void onlyConnectionFailuresCountAsTheDatabaseBeingUnreachable() {
        assertThat(DatabaseFailures.unreachable(new IllegalStateException(new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException(new SQLException("connection closed", "08003")))).isTrue();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException(new SQLException("duplicate key", "23000")))).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException(new SQLException("no state")))).isFalse();
        assertThat(DatabaseFailures.describe(new IllegalStateException(new SQLTransientConnectionException("pool timed out"))))
                .isEqualTo("SQLTransientConnectionException: pool timed out");
    }
}
