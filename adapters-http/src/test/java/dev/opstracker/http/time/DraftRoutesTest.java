package dev.opstracker.http.time;

import static dev.opstracker.http.time.TimerRoutesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.testing.CommandRunFixtures;
import dev.opstracker.http.ApiReply;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Draft timesheets and stopping at the last activity over HTTP, from command runs on a task. */
class DraftRoutesTest {

    private static final String DRAFTS = "/api/v1/time/drafts";

    private final TimeApi api = new TimeApi();

    @BeforeEach
    void marcusRanTwoCommandsOnTheTask() {
        CommandRunFixtures.ran(api.api.commandRuns(), api.task.id(), "marcus", "2026-11-20T09:10:00Z", "2026-11-20T09:12:00Z", "kubectl get pods");
        CommandRunFixtures.ran(api.api.commandRuns(), api.task.id(), "marcus", "2026-11-20T09:40:00Z", "2026-11-20T09:41:05Z",
                "kubectl rollout restart deploy/api");
        api.api.clock().set(Instant.parse("2026-11-21T08:00:00Z"));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theDaysEvidenceProposesADraftThatIsRecordedOnlyOnceAccepted() {
        ApiReply proposed = api.get(api.marcus, DRAFTS + "?day=2026-11-20&tz=Europe/Berlin");

        assertThat(proposed.status()).as("%s", proposed).isEqualTo(200);
        JsonNode draft = proposed.json().get("items").get(0);
        assertThat(draft.get("taskId").asLong()).isEqualTo(api.task.id().value());
        // The task was opened (and assigned to marcus) at 08:15:30; his last command ended at 09:41:05.
        assertThat(draft.get("start").asText()).isEqualTo("2026-11-20T08:15:30Z");
        assertThat(draft.get("end").asText()).isEqualTo("2026-11-20T09:41:05Z");
        assertThat(draft.get("evidence").findValuesAsText("kind")).contains("task-opened", "command-run");
        assertThat(api.get(api.marcus, TimeApi.ENTRIES + "?from=2026-11-20&to=2026-11-21").json().get("items")).isEmpty();

        ApiReply accepted = api.post(api.marcus, DRAFTS, """
                {"day": "2026-11-20", "tz": "Europe/Berlin", "items": [{"taskId": %d, "end": "2026-11-20T09:45:00Z", "activity": "change"}]}"""
                .formatted(api.task.id().value()));

        assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
        JsonNode entry = accepted.json().get("items").get(0);
        assertThat(entry.get("durationSeconds").asLong()).isEqualTo(5_370);
        assertThat(entry.get("activity").asText()).isEqualTo("change");
        assertThat(entry.get("note").asText()).contains("kubectl rollout restart");
        assertThat(api.get(api.marcus, TimeApi.ENTRIES + "?from=2026-11-20&to=2026-11-21").json().get("items")).hasSize(1);
    }

    @Test
    void anotherUserHasNoDraftsFromMarcussRunsAndBadInputIsNamed() {
        assertThat(api.get(api.dana, DRAFTS + "?day=2026-11-20").json().get("items")).isEmpty();
        assertInvalid(api.get(api.marcus, DRAFTS + "?day=20.11.2026"), "day", "20.11.2026");
        assertInvalid(api.post(api.marcus, DRAFTS, "{\"day\": \"2026-11-20\", \"items\": []}"), "items", null);
        ApiReply noDraft = api.post(api.dana, DRAFTS, "{\"day\": \"2026-11-20\", \"items\": [{\"taskId\": %d}]}".formatted(api.task.id().value()));
        assertThat(noDraft.status()).as("%s", noDraft).isEqualTo(404);
    }

    @Test
    void aForgottenTimerStopsAtTheLastCommandRunSinceItStarted() {
        api.api.clock().set(Instant.parse("2026-11-20T09:00:00Z"));
        api.startOnTask(api.marcus);
        api.api.clock().set(Instant.parse("2026-11-21T08:00:00Z"));

        ApiReply stopped = api.post(api.marcus, "/api/v1/time/stop", "{\"atLastActivity\": true}");

        assertThat(stopped.status()).as("%s", stopped).isEqualTo(200);
        assertThat(stopped.json().get("end").asText()).isEqualTo("2026-11-20T09:41:05Z");
        assertInvalid(api.post(api.marcus, "/api/v1/time/stop", "{\"atLastActivity\": true, \"at\": \"2026-11-20T10:00:00Z\"}"), "at",
                "2026-11-20T10:00:00Z");
    }
}
