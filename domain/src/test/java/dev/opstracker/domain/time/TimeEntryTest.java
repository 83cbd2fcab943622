package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeEntryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static TimeEntryDetails work(String start, String end) {
        return new TimeEntryDetails(TaskId.of(1), "marcus", Instant.parse(start), end == null ? null : Instant.parse(end), BERLIN,
                new BillingCode("ACME"), new BillingCode("acme-k8s"), true, "drained node-3", Activity.MAINTENANCE);
    }

    private static TimeEntry stored(long id, TimeEntryDetails details) {
        Instant now = Instant.parse("2026-11-25T00:00:00Z");
        return new TimeEntry(TimeEntryId.of(id), details, now, now, 1);
    }

    @Test
    void durationsAreExactToTheSecondAcrossMidnightAndDays() {
        assertThat(work("2026-11-24T23:59:30.900Z", "2026-11-25T00:00:31.100Z").seconds(Instant.EPOCH)).isEqualTo(61);
        assertThat(work("2026-10-30T22:00:00Z", "2026-11-02T01:30:15Z").seconds(Instant.EPOCH)).isEqualTo(2 * 86_400 + 3 * 3_600 + 30 * 60 + 15);
        assertThat(work("2026-11-25T10:00:00Z", null).seconds(Instant.parse("2026-11-25T10:20:00.999Z"))).isEqualTo(1_200);
    }

    @Test
    void anEntryEndingBeforeItStartsIsRefusedByItsEnd() {
        assertThatThrownBy(() -> work("2026-11-25T10:00:00Z", "2026-11-25T09:59:59Z")).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("end");
    }

    @Test
    void entriesOverlapWhenTheyShareASecondAndARunningOneGoesOnForEver() {
        TimeEntryDetails morning = work("2026-11-25T08:00:00Z", "2026-11-25T09:00:00Z");
        assertThat(morning.overlaps(work("2026-11-25T08:59:59Z", "2026-11-25T10:00:00Z"))).isTrue();
        assertThat(morning.overlaps(work("2026-11-25T09:00:00Z", "2026-11-25T10:00:00Z"))).isFalse();
        assertThat(morning.overlaps(work("2026-11-25T07:00:00Z", null))).isTrue();
        assertThat(work("2026-11-25T10:00:00Z", null).overlaps(morning)).isFalse();
    }

    @Test
    void aSplitKeepsEverySecondAndAMergeUndoesIt() {
        TimeEntry whole = stored(1, work("2026-11-25T08:00:00Z", "2026-11-25T10:00:00Z"));

        List<TimeEntryDetails> parts = whole.splitAt(Instant.parse("2026-11-25T08:45:00Z"));

        assertThat(parts.get(0).seconds(Instant.EPOCH) + parts.get(1).seconds(Instant.EPOCH)).isEqualTo(7_200);
        assertThat(stored(1, parts.get(0)).mergedWith(stored(2, parts.get(1)))).isEqualTo(whole.details());
        assertThatThrownBy(() -> whole.splitAt(Instant.parse("2026-11-25T10:00:00Z"))).hasMessageContaining("strictly between");
    }

    @Test
    void entriesThatDifferInBillingOrLieApartAreNotMerged() {
        TimeEntry first = stored(1, work("2026-11-25T08:00:00Z", "2026-11-25T09:00:00Z"));
        TimeEntryDetails later = work("2026-11-25T09:30:00Z", "2026-11-25T10:00:00Z");
        TimeEntryDetails unbillable = new TimeEntryDetails(later.taskId(), later.user(), Instant.parse("2026-11-25T09:00:00Z"), later.end(),
                later.zone(), later.client(), later.project(), false, null, later.activity());

        assertThatThrownBy(() -> first.mergedWith(stored(2, later))).isInstanceOf(DomainException.Conflict.class).hasMessageContaining("time");
        assertThatThrownBy(() -> first.mergedWith(stored(3, unbillable))).hasMessageContaining("billable");
    }

    @Test
    void aTimerStopsAtAnInstantNotBeforeItsStart() {
        TimeEntryDetails running = work("2026-11-25T10:00:00Z", null);

        assertThat(running.stoppedAt(Instant.parse("2026-11-25T12:00:00.700Z")).end()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
        assertThatThrownBy(() -> running.stoppedAt(Instant.parse("2026-11-25T09:00:00Z"))).hasMessageContaining("at");
    }

    @Test
    void theLastActivityIsTheLatestSinceTheStartAndNotAfterNow() {
        TimeEntryDetails running = work("2026-11-25T09:00:00Z", null);
        Instant now = Instant.parse("2026-11-25T12:00:00Z");

        assertThat(running.lastActivity(java.util.Arrays.asList(Instant.parse("2026-11-25T08:59:59Z"), Instant.parse("2026-11-25T10:30:00Z"),
                Instant.parse("2026-11-25T09:00:00.400Z"), null, Instant.parse("2026-11-25T12:00:01Z")), now))
                .contains(Instant.parse("2026-11-25T10:30:00Z"));
        assertThat(running.lastActivity(List.of(Instant.parse("2026-11-25T09:00:00.400Z")), now)).contains(Instant.parse("2026-11-25T09:00:00.400Z"));
        assertThat(running.lastActivity(List.of(Instant.parse("2026-11-25T08:00:00Z")), now)).isEmpty();
    }
}
