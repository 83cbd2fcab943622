package dev.opstracker.http.time;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.time.TimerRoutesTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.http.ApiReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/time/entries}: one's own entries by start, everyone's for an admin. */
class TimeEntryListRoutesTest {

    private static final String NOVEMBER = TimeApi.ENTRIES + "?from=2026-11-01&to=2026-12-01";

    private final TimeApi api = new TimeApi();

    @BeforeEach
    void marcusAndDanaRecordedTime() {
        api.addEntry(api.marcus, "2026-11-03T09:00:00Z", "2026-11-03T10:00:00Z");
        api.addEntry(api.marcus, "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z");
        api.addEntry(api.dana, "2026-11-02T12:00:00Z", "2026-11-02T13:00:00Z");
        api.addEntry(api.marcus, "2026-10-30T09:00:00Z", "2026-10-30T10:00:00Z");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aUserListsTheirOwnEntriesInTheRangeByStart() {
        ApiReply reply = api.get(api.marcus, NOVEMBER);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode items = reply.json().get("items");
        assertThat(items).extracting(item -> item.get("start").asText()).containsExactly("2026-11-02T09:00:00Z", "2026-11-03T09:00:00Z");
        assertThat(items).extracting(item -> item.get("user").asText()).containsOnly("marcus");
        assertThat(reply.json().get("truncated").asBoolean()).isFalse();
    }

    @Test
    void anotherUsersEntriesNeedAdminWhoSeesEveryoneUnlessNamingOne() {
        assertProblem(api.get(api.marcus, NOVEMBER + "&user=dana"), 403);
        assertThat(api.get(api.root, NOVEMBER).json().get("items")).extracting(item -> item.get("user").asText())
                .containsExactly("marcus", "dana", "marcus");
        assertThat(api.get(api.root, NOVEMBER + "&user=dana").json().get("items")).extracting(item -> item.get("user").asText())
                .containsExactly("dana");
    }

    @Test
    void aLimitCutsTheListAndSaysSo() {
        JsonNode reply = api.get(api.root, NOVEMBER + "&limit=2").json();

        assertThat(reply.get("items")).hasSize(2);
        assertThat(reply.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void badParametersAreRefused() {
        assertInvalid(api.get(api.marcus, NOVEMBER + "&limit=1001"), "limit", "1001");
        assertInvalid(api.get(api.marcus, TimeApi.ENTRIES + "?to=2026-12-01"), "from", null);
        assertInvalid(api.get(api.marcus, NOVEMBER + "&project=acme-k8s"), "project", "acme-k8s");
        assertInvalid(api.get(api.marcus, NOVEMBER + "&colour=blue"), "colour", null);
        assertThat(api.get(api.marcus, NOVEMBER + "&client=ACME&project=acme-k8s&task=" + api.task.id().value()).json().get("items")).hasSize(2);
    }
}
