package dev.opstracker.http.time;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.http.ApiReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimerRoutesTest {

    private final TimeApi time = new TimeApi();
    private final long taskId = time.task.id().value();

    @AfterEach
    void stopApi() {
        time.close();
    }

    @Test
    void startingATimerAnswers201WithTheRunningEntryItsLocationAndETag() {
        ApiReply reply = time.start(time.marcus, "{\"taskId\": %d, \"zone\": \"Europe/Berlin\", \"activity\": \"incident\"}".formatted(taskId));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode entry = reply.json();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/time/entries/" + entry.get("id").asLong());
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        List<String> fields = new ArrayList<>();
        entry.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "taskId", "user", "start", "end", "zone", "client", "project", "billable", "note", "activity",
                "durationSeconds", "running", "createdAt", "updatedAt", "version");
        assertThat(entry.get("taskId").asLong()).isEqualTo(taskId);
        assertThat(entry.get("user").asText()).as("the token's name").isEqualTo("marcus");
        assertThat(entry.get("start").asText()).as("to the second").isEqualTo("2026-11-20T08:15:30Z");
        assertThat(entry.get("end").isNull()).isTrue();
        assertThat(entry.get("running").asBoolean()).isTrue();
        assertThat(entry.get("durationSeconds").asLong()).isZero();
        assertThat(entry.get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(entry.get("client").asText()).as("from the task").isEqualTo("ACME");
        assertThat(entry.get("project").asText()).isEqualTo("acme-k8s");
        assertThat(entry.get("billable").asBoolean()).isTrue();
        assertThat(entry.get("activity").asText()).isEqualTo("incident");
        assertThat(entry.get("createdAt").asText()).isEqualTo("2026-11-20T08:15:30Z");
        assertThat(entry.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aTimerStartedWithoutZoneOrActivityRecordsUtcAndOther() {
        JsonNode entry = time.startOnTask(time.marcus).json();

        assertThat(entry.get("zone").asText()).isEqualTo("UTC");
        assertThat(entry.get("activity").asText()).isEqualTo("other");
    }

    @Test
    void startingAgainStopsTheRunningTimerAtTheSameInstant() {
        long first = time.startOnTask(time.marcus).json().get("id").asLong();
        time.api.clock().advance(Duration.ofMinutes(25).plusSeconds(10));

        ApiReply reply = time.startOnTask(time.marcus);

        JsonNode started = reply.json();
        JsonNode stopped = started.get("stopped");
        assertThat(stopped.get("id").asLong()).isEqualTo(first);
        assertThat(stopped.get("end").asText()).isEqualTo("2026-11-20T08:40:40Z").isEqualTo(started.get("start").asText());
        assertThat(stopped.get("durationSeconds").asLong()).isEqualTo(25 * 60 + 10);
        assertThat(stopped.get("running").asBoolean()).isFalse();
        assertThat(started.get("running").asBoolean()).isTrue();
        assertThat(time.get(time.marcus, "/api/v1/time/current").json().get("id").asLong()).isEqualTo(started.get("id").asLong());
    }

    @Test
    void aFirstTimerAnswersNoStoppedMember() {
        assertThat(time.startOnTask(time.marcus).json().has("stopped")).isFalse();
    }

    @Test
    void theCurrentTimerCountsItsDurationUpToNow() {
        time.startOnTask(time.marcus);
        time.api.clock().advance(Duration.ofSeconds(90));

        ApiReply reply = time.get(time.marcus, "/api/v1/time/current");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(reply.json().get("durationSeconds").asLong()).isEqualTo(90);
        assertThat(reply.json().get("end").isNull()).isTrue();
    }

    @Test
    void stoppingAtAPastInstantEndsTheEntryThere() {
        time.startOnTask(time.marcus);
        time.api.clock().advance(Duration.ofHours(2));

        ApiReply reply = time.post(time.marcus, "/api/v1/time/stop", "{\"at\": \"2026-11-20T09:00:00Z\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");
        JsonNode entry = reply.json();
        assertThat(entry.get("end").asText()).isEqualTo("2026-11-20T09:00:00Z");
        assertThat(entry.get("durationSeconds").asLong()).isEqualTo(44 * 60 + 30);
        assertThat(entry.get("running").asBoolean()).isFalse();
        assertThat(entry.get("updatedAt").asText()).isEqualTo("2026-11-20T10:15:30Z");
    }

    @Test
    void stoppingWithoutABodyStopsNow() {
        time.startOnTask(time.marcus);
        time.api.clock().advance(Duration.ofMinutes(3));

        ApiReply reply = time.call(time.marcus, "POST", "/api/v1/time/stop").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("end").asText()).isEqualTo("2026-11-20T08:18:30Z");
        assertThat(reply.json().get("durationSeconds").asLong()).isEqualTo(180);
    }

    @Test
    void stoppingBeforeTheStartIsRefusedNamingAt() {
        time.startOnTask(time.marcus);

        JsonNode problem = assertProblem(time.post(time.marcus, "/api/v1/time/stop", "{\"at\": \"2026-11-20T08:00:00Z\"}"), 400);

        assertThat(problem.get("field").asText()).isEqualTo("at");
    }

    @Test
    void withoutARunningTimerStopAndCurrentAnswer404() {
        assertProblem(time.post(time.marcus, "/api/v1/time/stop", "{}"), 404);
        JsonNode problem = assertProblem(time.get(time.marcus, "/api/v1/time/current"), 404);

        assertThat(problem.get("detail").asText()).contains("running timer of marcus");
    }

    @Test
    void startingOnAnUnknownTaskAnswers404() {
        JsonNode problem = assertProblem(time.start(time.marcus, "{\"taskId\": 999}"), 404);

        assertThat(problem.get("detail").asText()).contains("task 999");
        assertProblem(time.get(time.marcus, "/api/v1/time/current"), 404);
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        assertInvalid(time.start(time.marcus, "{\"taskId\": %d, \"zone\": \"Mars/Olympus\"}".formatted(taskId)), "zone", "Mars/Olympus");
        assertInvalid(time.start(time.marcus, "{\"taskId\": %d, \"zone\": \"+02:00\"}".formatted(taskId)), "zone", "+02:00");
        assertInvalid(time.start(time.marcus, "{\"taskId\": %d, \"activity\": \"napping\"}".formatted(taskId)), "activity", "napping");
        assertInvalid(time.start(time.marcus, "{\"taskId\": %d, \"hours\": 2}".formatted(taskId)), "hours", null);
        assertInvalid(time.start(time.marcus, "{\"zone\": \"UTC\"}"), "taskId", null);
        assertInvalid(time.start(time.marcus, "{\"taskId\": 0}"), "taskId", "0");
        assertInvalid(time.post(time.marcus, "/api/v1/time/stop", "{\"at\": \"soon\"}"), "at", "soon");
        assertInvalid(time.get(time.marcus, "/api/v1/time/current?limit=5"), "limit", "(value not shown)");
        assertProblem(time.get(time.marcus, "/api/v1/time/current"), 404);
    }

    @Test
    void timersRunningTooLongAreListedAsSuspiciousToTheirUserAndToAdmins() {
        time.startOnTask(time.marcus);
        time.api.clock().advance(Duration.ofHours(11));
        time.startOnTask(time.dana);
        time.api.clock().advance(Duration.ofHours(2));

        ApiReply own = time.get(time.marcus, "/api/v1/time/suspicious");
        ApiReply others = time.get(time.dana, "/api/v1/time/suspicious");
        ApiReply admin = time.get(time.root, "/api/v1/time/suspicious");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("items")).extracting(item -> item.get("user").asText()).containsExactly("marcus");
        assertThat(own.json().get("items").get(0).get("durationSeconds").asLong()).isEqualTo(13 * 3600);
        assertThat(others.json().get("items")).as("dana's timer runs 2 h only, and marcus's is not hers to see").isEmpty();
        assertThat(admin.json().get("items")).extracting(item -> item.get("user").asText()).containsExactly("marcus");
    }

    static void assertInvalid(ApiReply reply, String field, String value) {
        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("field").asText()).as("%s", reply).isEqualTo(field);
        if (value != null) {
            assertThat(problem.get("value").asText()).as("%s", reply).isEqualTo(value);
        }
    }
}
