package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskFilter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library use the README shows: embed, create a task, and find it again after reopening. */
class EmbeddedLibraryTest {

    @TempDir
    Path dataDirectory;

    @Test
    void tasksCreatedThroughTheEmbeddedFacadeSurviveReopening() {
        Task created;
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            created = ops.tasks().create(TaskDetails.titled("Renew Let's Encrypt wildcard cert"));
        }

        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            assertThat(ops.tasks().get(created.id())).isEqualTo(created);
            assertThat(ops.tasks().list(TaskFilter.any(), PageRequest.firstDefault()).total()).isEqualTo(1);
        }
    }

    @Test
    void theEmbeddedStoreCreatesItsDataDirectory() {
        Path nested = dataDirectory.resolve("a/b");
        try (OpsTracker ops = OpsTracker.embedded(nested)) {
            assertThat(nested).isDirectory();
            assertThat(ops.databaseKind()).isEqualTo("h2");
        }
    }
}
