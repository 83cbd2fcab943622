package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.InMemoryTaskStore;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void healthIsUpWithVersionAndDatabaseKindWhenTheDatabaseAnswers() {
        try (RunningApi api = RunningApi.start()) {
            ApiReply reply = api.get("/health").bearer(null).send();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("application/json");
            assertThat(reply.text("status")).isEqualTo("UP");
            assertThat(reply.text("version")).isEqualTo(RunningApi.VERSION);
            assertThat(reply.text("database")).isEqualTo("h2");
        }
    }

    @Test
    void healthIsDownWith503WhenTheDatabaseDoesNotAnswer() {
        HealthProbe unreachable = () -> new HealthProbe.DatabaseHealth("mariadb", false);
        try (RunningApi api = RunningApi.startWith(RunningApi.defaultSettings(), unreachable, new InMemoryTaskStore())) {
            ApiReply reply = api.get("/health").send();

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.text("status")).isEqualTo("DOWN");
            assertThat(reply.text("database")).isEqualTo("mariadb");
        }
    }

    @Test
    void aProbeThatThrowsMeansDownRatherThanA500() {
        HealthProbe failing = () -> {
            throw new IllegalStateException("no route to database host");
        };
        try (RunningApi api = RunningApi.startWith(RunningApi.defaultSettings(), failing, new InMemoryTaskStore())) {
            ApiReply reply = api.get("/health").send();

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.text("status")).isEqualTo("DOWN");
            assertThat(reply.body()).doesNotContain("no route to database host");
        }
    }
}
