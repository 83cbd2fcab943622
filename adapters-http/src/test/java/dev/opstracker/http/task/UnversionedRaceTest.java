package dev.opstracker.http.task;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.RacingTaskStore;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.task.Task;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A change that names no version means "the current one": losing a race to another writer is no 412. */
class UnversionedRaceTest {

    private final RacingTaskStore store = new RacingTaskStore();
    private final RunningApi api = RunningApi.startWith(RunningApi.defaultSettings(), RunningApi.HEALTHY_H2, store);
    private final Task task = api.tasks().create(TaskFixtures.aTask().build());

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aStatusChangeWithoutIfMatchThatLosesARaceIsAppliedToTheNewVersion() {
        store.raceNextUpdate();

        ApiReply reply = api.post(path("/status"), "{\"status\": \"DONE\"}").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("DONE");
        assertThat(reply.json().get("assignee").asText()).as("the racer's edit is kept").isEqualTo("racer");
        assertThat(reply.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void aStatusChangeWithIfMatchAnyThatLosesARaceIsAppliedToTheNewVersion() {
        store.raceNextUpdate();

        ApiReply reply = api.call("POST", path("/status")).header("If-Match", "*").json("{\"status\": \"DONE\"}").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @Test
    void aPatchWithIfMatchAnyThatLosesARaceIsAppliedToTheNewVersion() {
        store.raceNextUpdate();

        ApiReply reply = api.call("PATCH", path("")).header("If-Match", "*")
                .body("application/merge-patch+json", "{\"description\": \"mine\"}").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("description").asText()).isEqualTo("mine");
        assertThat(reply.json().get("assignee").asText()).isEqualTo("racer");
    }

    @Test
    void aStatusChangeWithAVersionThatLosesARaceIsStillA412() {
        store.raceNextUpdate();

        ApiReply reply = api.call("POST", path("/status")).header("If-Match", "\"1\"").json("{\"status\": \"DONE\"}").send();

        assertThat(assertProblem(reply, 412).get("reason").asText()).isEqualTo("stale-version");
    }

    private String path(String suffix) {
        return "/api/v1/tasks/" + task.id() + suffix;
    }
}
