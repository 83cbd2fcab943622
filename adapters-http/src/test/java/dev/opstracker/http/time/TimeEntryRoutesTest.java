package dev.opstracker.http.time;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.time.TimerRoutesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.time.TimeEntryId;
import dev.opstracker.http.ApiReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeEntryRoutesTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final TimeApi time = new TimeApi();
    private final long taskId = time.task.id().value();

    @AfterEach
    void stopApi() {
        time.close();
    }

    @Test
    void anEntryAddedByHandAnswers201WithLocationETagAndItsDurationToTheSecondAcrossMidnight() {
        ApiReply reply = time.post(time.marcus, TimeApi.ENTRIES, """
                {"taskId": %d, "start": "2026-11-20T23:30:15.999Z", "end": "2026-11-21T00:45:20Z", "zone": "Europe/Berlin",
                 "client": "GLOBEX", "project": "globex-dr", "billable": false, "note": "failover drill", "activity": "maintenance"}
                """.formatted(taskId));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode entry = reply.json();
        long id = entry.get("id").asLong();
        assertThat(reply.header("Location")).isEqualTo(TimeApi.ENTRIES + "/" + id);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(entry.get("start").asText()).isEqualTo("2026-11-20T23:30:15Z");
        assertThat(entry.get("end").asText()).isEqualTo("2026-11-21T00:45:20Z");
        assertThat(entry.get("durationSeconds").asLong()).isEqualTo(75 * 60 + 5);
        assertThat(entry.get("running").asBoolean()).isFalse();
        assertThat(entry.get("user").asText()).isEqualTo("marcus");
        assertThat(entry.get("client").asText()).isEqualTo("GLOBEX");
        assertThat(entry.get("project").asText()).isEqualTo("globex-dr");
        assertThat(entry.get("billable").asBoolean()).isFalse();
        assertThat(entry.get("note").asText()).isEqualTo("failover drill");
        assertThat(entry.get("activity").asText()).isEqualTo("maintenance");
        ApiReply shown = time.get(time.marcus, reply.header("Location"));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.header("ETag")).isEqualTo("\"1\"");
        assertThat(shown.json()).isEqualTo(entry);
    }

    @Test
    void anEntryAddedWithoutBillingDetailsTakesThemFromTheTaskAndIsBillable() {
        JsonNode entry = time.get(time.marcus, TimeApi.ENTRIES + "/" + time.addEntry(time.marcus, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z"))
                .json();

        assertThat(entry.get("client").asText()).isEqualTo("ACME");
        assertThat(entry.get("project").asText()).isEqualTo("acme-k8s");
        assertThat(entry.get("billable").asBoolean()).isTrue();
        assertThat(entry.get("activity").asText()).isEqualTo("other");
    }

    @Test
    void anEntryOverlappingAnotherOfTheUserIsRefusedWith409NamingIt() {
        long first = time.addEntry(time.marcus, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z");

        ApiReply reply = time.post(time.marcus, TimeApi.ENTRIES, "{\"taskId\": %d, \"start\": \"2026-11-19T09:30:00Z\", \"end\": \"2026-11-19T10:30:00Z\"}"
                .formatted(taskId));

        JsonNode problem = assertProblem(reply, 409);
        assertThat(problem.get("reason").asText()).isEqualTo("overlap");
        assertThat(problem.get("detail").asText()).contains("time entry " + first);
        assertThat(time.addEntry(time.dana, "2026-11-19T09:30:00Z", "2026-11-19T10:30:00Z")).as("another user's time may overlap").isPositive();
    }

    @Test
    void badEntriesAreA400ProblemNamingTheField() {
        String entry = "{\"taskId\": %d, \"start\": \"%s\", \"end\": \"%s\"}";
        assertInvalid(time.post(time.marcus, TimeApi.ENTRIES, entry.formatted(taskId, "yesterday", "2026-11-19T10:00:00Z")), "start", "yesterday");
        assertInvalid(time.post(time.marcus, TimeApi.ENTRIES, entry.formatted(taskId, "2026-11-19T10:00:00Z", "2026-11-19T09:00:00Z")), "end",
                "2026-11-19T09:00:00Z");
        assertInvalid(time.post(time.marcus, TimeApi.ENTRIES, "{\"taskId\": %d, \"start\": \"2026-11-19T10:00:00Z\"}".formatted(taskId)), "end", null);
        assertInvalid(time.post(time.marcus, TimeApi.ENTRIES, "{\"taskId\": %d, \"start\": \"2026-11-19T09:00:00Z\", \"end\": \"2026-11-19T10:00:00Z\", \"zone\": \"CEST\"}"
                .formatted(taskId)), "zone", "CEST");
        assertInvalid(time.post(time.marcus, TimeApi.ENTRIES, "{\"taskId\": %d, \"start\": \"2026-11-19T09:00:00Z\", \"end\": \"2026-11-19T10:00:00Z\", \"minutes\": 60}"
                .formatted(taskId)), "minutes", null);
        assertInvalid(time.get(time.marcus, TimeApi.ENTRIES + "/abc"), "id", "abc");
        assertProblem(time.post(time.marcus, TimeApi.ENTRIES, entry.formatted(999, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z")), 404);
        assertProblem(time.get(time.marcus, TimeApi.ENTRIES + "/999"), 404);
    }

    @Test
    void aMergePatchWithIfMatchChangesOnlyTheGivenFields() {
        long id = time.addEntry(time.marcus, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z");

        ApiReply reply = patch(id, "\"1\"", "{\"end\": \"2026-11-19T10:30:00Z\", \"note\": \"and the post-mortem\", \"client\": null}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");
        JsonNode entry = reply.json();
        assertThat(entry.get("durationSeconds").asLong()).isEqualTo(90 * 60);
        assertThat(entry.get("note").asText()).isEqualTo("and the post-mortem");
        assertThat(entry.get("client").isNull()).isTrue();
        assertThat(entry.get("project").asText()).isEqualTo("acme-k8s");
        assertThat(entry.get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(entry.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aPatchWithoutIfMatchIs428AndAStaleOneIs412() {
        long id = time.addEntry(time.marcus, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z");
        patch(id, "\"1\"", "{\"note\": \"first edit\"}");

        JsonNode missing = assertProblem(time.call(time.marcus, "PATCH", TimeApi.ENTRIES + "/" + id).body(MERGE_PATCH, "{\"note\": \"blind\"}").send(),
                428);
        JsonNode stale = assertProblem(patch(id, "\"1\"", "{\"note\": \"lost update\"}"), 412);

        assertThat(missing.get("detail").asText()).contains("If-Match");
        assertThat(stale.get("reason").asText()).isEqualTo("stale-version");
        assertThat(time.api.time().get(TimeEntryId.of(id)).details().note()).isEqualTo("first edit");
    }

    @Test
    void aPatchRefusesReadOnlyAndUnknownFieldsAndOverlaps() {
        long first = time.addEntry(time.marcus, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z");
        long second = time.addEntry(time.marcus, "2026-11-19T11:00:00Z", "2026-11-19T12:00:00Z");

        assertInvalid(patch(second, "*", "{\"durationSeconds\": 60}"), "durationSeconds", "60");
        assertInvalid(patch(second, "*", "{\"hours\": 1}"), "hours", "1");
        assertInvalid(patch(second, "*", "{\"billable\": \"yes\"}"), "billable", "yes");
        assertInvalid(patch(second, "*", "{\"activity\": \"napping\"}"), "activity", "napping");
        JsonNode overlap = assertProblem(patch(second, "*", "{\"start\": \"2026-11-19T09:59:59Z\"}"), 409);
        assertThat(overlap.get("detail").asText()).contains("time entry " + first);
    }

    @Test
    void deletingNeedsACurrentIfMatch() {
        long id = time.addEntry(time.marcus, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z");
        String path = TimeApi.ENTRIES + "/" + id;

        assertProblem(time.call(time.marcus, "DELETE", path).send(), 428);
        assertProblem(time.call(time.marcus, "DELETE", path).header("If-Match", "\"7\"").send(), 412);
        ApiReply deleted = time.call(time.marcus, "DELETE", path).header("If-Match", "\"1\"").send();

        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(time.get(time.marcus, path), 404);
    }

    @Test
    void splittingAnswersBothPartsAndMergingThemGivesTheWholeBack() {
        long id = time.addEntry(time.marcus, "2026-11-19T09:00:00Z", "2026-11-19T11:00:00Z");

        ApiReply split = time.post(time.marcus, TimeApi.ENTRIES + "/" + id + "/split", "{\"at\": \"2026-11-19T10:00:00Z\"}");

        assertThat(split.status()).as("%s", split).isEqualTo(200);
        assertThat(split.header("ETag")).isEqualTo("\"2\"");
        JsonNode parts = split.json().get("items");
        assertThat(parts).extracting(part -> part.get("durationSeconds").asLong()).containsExactly(3600L, 3600L);
        assertThat(parts.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(parts.get(1).get("start").asText()).isEqualTo("2026-11-19T10:00:00Z");
        long later = parts.get(1).get("id").asLong();

        ApiReply merged = time.post(time.marcus, TimeApi.ENTRIES + "/" + later + "/merge", "{\"with\": %d}".formatted(id));

        assertThat(merged.status()).as("%s", merged).isEqualTo(200);
        assertThat(merged.json().get("id").asLong()).as("the earlier entry keeps its id, whichever the URL names").isEqualTo(id);
        assertThat(merged.json().get("durationSeconds").asLong()).isEqualTo(7200);
        assertThat(merged.json().get("end").asText()).isEqualTo("2026-11-19T11:00:00Z");
        assertProblem(time.get(time.marcus, TimeApi.ENTRIES + "/" + later), 404);
    }

    @Test
    void splitAndMergeRefuseWhatCannotBeDone() {
        long id = time.addEntry(time.marcus, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z");
        long apart = time.addEntry(time.marcus, "2026-11-19T12:00:00Z", "2026-11-19T13:00:00Z");
        String base = TimeApi.ENTRIES + "/" + id;

        assertInvalid(time.post(time.marcus, base + "/split", "{\"at\": \"2026-11-19T11:00:00Z\"}"), "at", "2026-11-19T11:00:00Z");
        assertInvalid(time.post(time.marcus, base + "/split", "{}"), "at", null);
        assertProblem(time.call(time.marcus, "POST", base + "/split").header("If-Match", "\"5\"").json("{\"at\": \"2026-11-19T09:30:00Z\"}").send(), 412);
        assertInvalid(time.post(time.marcus, base + "/merge", "{\"with\": %d}".formatted(id)), "with", String.valueOf(id));
        assertInvalid(time.post(time.marcus, base + "/merge", "{}"), "with", null);
        assertThat(assertProblem(time.post(time.marcus, base + "/merge", "{\"with\": %d}".formatted(apart)), 409).get("reason").asText())
                .isEqualTo("unmergeable");
        assertProblem(time.post(time.marcus, base + "/merge", "{\"with\": 999}"), 404);
    }

    @Test
    void overlapsOfAnEntryListTheUsersEntriesSharingTime() {
        long manual = time.addEntry(time.marcus, "2026-11-20T08:00:00Z", "2026-11-20T09:00:00Z");
        // A timer is stored even when it overlaps: what /overlaps is for.
        long timer = time.startOnTask(time.marcus).json().get("id").asLong();

        ApiReply reply = time.get(time.marcus, TimeApi.ENTRIES + "/" + timer + "/overlaps");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("items")).extracting(item -> item.get("id").asLong()).containsExactly(manual);
    }

    private ApiReply patch(long id, String ifMatch, String json) {
        return time.call(time.marcus, "PATCH", TimeApi.ENTRIES + "/" + id).header("If-Match", ifMatch).body(MERGE_PATCH, json).send();
    }
}
