package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftSpansTest {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final TimeRange DAY = range("2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z");

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(at(from), at(to));
    }

    private static Evidence moment(String text) {
        return Evidence.at(Evidence.Kind.STATUS_CHANGED, at(text), "OPEN -> IN_PROGRESS");
    }

    private static Evidence run(String from, String to) {
        return new Evidence(Evidence.Kind.COMMAND_RUN, at(from), at(to), "kubectl rollout restart deploy/api");
    }

    @Test
    void aDraftSpansFromTheFirstEvidenceToTheEndOfTheLastToTheSecond() {
        List<TimeRange> spans = DraftSpans.draft(List.of(moment("2026-11-25T09:00:00Z"), run("2026-11-25T09:10:04.250Z", "2026-11-25T09:40:07.300Z")),
                DAY, QUARTER, List.of());

        assertThat(spans).containsExactly(range("2026-11-25T09:00:00Z", "2026-11-25T09:40:08Z"));
    }

    @Test
    void evidenceOfASingleMomentGivesTheMinimumLength() {
        assertThat(DraftSpans.draft(List.of(moment("2026-11-25T14:00:00Z")), DAY, QUARTER, List.of()))
                .containsExactly(range("2026-11-25T14:00:00Z", "2026-11-25T14:15:00Z"));
    }

    @Test
    void aMinimumThatWouldRunPastTheWindowEndsAtItInstead() {
        TimeRange untilNow = range("2026-11-25T00:00:00Z", "2026-11-25T10:05:00Z");

        assertThat(DraftSpans.draft(List.of(moment("2026-11-25T10:00:00Z")), untilNow, QUARTER, List.of()))
                .containsExactly(range("2026-11-25T09:50:00Z", "2026-11-25T10:05:00Z"));
    }

    @Test
    void aWindowShorterThanTheMinimumIsTakenWhole() {
        TimeRange shortWindow = range("2026-11-25T00:00:00Z", "2026-11-25T00:05:00Z");

        assertThat(DraftSpans.draft(List.of(moment("2026-11-25T00:01:00Z")), shortWindow, QUARTER, List.of())).containsExactly(shortWindow);
    }

    @Test
    void workAcrossMidnightIsClippedToTheDay() {
        List<TimeRange> spans = DraftSpans.draft(List.of(run("2026-11-24T23:30:00Z", "2026-11-25T00:20:00Z"), moment("2026-11-25T00:45:00Z")),
                DAY, QUARTER, List.of());

        assertThat(spans).containsExactly(range("2026-11-25T00:00:00Z", "2026-11-25T00:45:00Z"));
    }

    @Test
    void evidenceOutsideTheWindowProposesNothing() {
        assertThat(DraftSpans.draft(List.of(moment("2026-11-24T23:59:59Z"), moment("2026-11-26T00:00:00Z")), DAY, QUARTER, List.of())).isEmpty();
        assertThat(DraftSpans.span(List.of(), DAY, QUARTER)).isEmpty();
    }

    @Test
    void recordedTimeIsCutOutSplittingTheDraft() {
        List<TimeRange> covered = List.of(range("2026-11-25T09:30:00Z", "2026-11-25T10:00:00Z"), range("2026-11-25T08:00:00Z", "2026-11-25T09:05:00Z"));

        List<TimeRange> spans = DraftSpans.draft(List.of(moment("2026-11-25T09:00:00Z"), moment("2026-11-25T11:00:00Z")), DAY, QUARTER, covered);

        assertThat(spans).containsExactly(range("2026-11-25T09:05:00Z", "2026-11-25T09:30:00Z"), range("2026-11-25T10:00:00Z", "2026-11-25T11:00:00Z"));
    }

    @Test
    void piecesShorterThanAMinuteAreDropped() {
        List<TimeRange> covered = List.of(range("2026-11-25T09:00:30Z", "2026-11-25T09:59:30Z"), range("2026-11-25T11:00:00Z", "2026-11-25T12:00:00Z"));

        assertThat(DraftSpans.subtract(range("2026-11-25T09:00:00Z", "2026-11-25T10:00:00Z"), covered)).isEmpty();
        assertThat(DraftSpans.subtract(range("2026-11-25T09:00:00Z", "2026-11-25T10:00:00Z"), List.of(range("2026-11-25T08:00:00Z", "2026-11-25T09:01:00Z"))))
                .containsExactly(range("2026-11-25T09:01:00Z", "2026-11-25T10:00:00Z"));
    }

    @Test
    void timeFullyRecordedAlreadyProposesNothing() {
        List<TimeRange> covered = List.of(range("2026-11-25T08:00:00Z", "2026-11-25T09:10:00Z"), range("2026-11-25T09:05:00Z", "2026-11-25T12:00:00Z"));

        assertThat(DraftSpans.draft(List.of(moment("2026-11-25T09:00:00Z"), moment("2026-11-25T11:00:00Z")), DAY, QUARTER, covered)).isEmpty();
    }

    @Test
    void aDaylightSavingDayInBerlinHasTwentyFiveHoursAndWorkInItsRepeatedHourCounts() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate day = LocalDate.parse("2026-10-25");
        TimeRange window = new TimeRange(day.atStartOfDay(berlin).toInstant(), day.plusDays(1).atStartOfDay(berlin).toInstant());
        // 02:30 local happens twice: first at 00:30Z (summer time), then at 01:30Z (winter time).
        List<TimeRange> spans = DraftSpans.draft(List.of(moment("2026-10-25T00:30:00Z"), moment("2026-10-25T01:30:00Z"), moment("2026-10-25T22:59:00Z")),
                window, QUARTER, List.of());

        assertThat(Duration.between(window.from(), window.to())).isEqualTo(Duration.ofHours(25));
        assertThat(spans).containsExactly(range("2026-10-25T00:30:00Z", "2026-10-25T22:59:00Z"));
        // 23:55 local, five minutes before the day ends: the minimum ends with the day.
        assertThat(DraftSpans.draft(List.of(moment("2026-10-25T22:55:00Z")), window, QUARTER, List.of()))
                .containsExactly(range("2026-10-25T22:45:00Z", "2026-10-25T23:00:00Z"));
    }

    @Test
    void aMinimumThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> DraftSpans.span(List.of(), DAY, Duration.ZERO)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("minimum"));
    }

    @Test
    void evidenceIsDescribedOnOneShortLineInTheZoneOfTheDay() {
        Evidence long_ = new Evidence(Evidence.Kind.COMMAND_RUN, at("2026-11-25T08:10:04.700Z"), null, "kubectl   rollout\nrestart " + "x".repeat(200));

        assertThat(long_.until()).isEqualTo(long_.at());
        assertThat(long_.text()).startsWith("kubectl rollout restart x").endsWith("...").hasSize(Evidence.MAX_TEXT_LENGTH);
        assertThat(long_.describe(ZoneId.of("Europe/Berlin"))).startsWith("command-run 09:10:04 kubectl rollout restart");
        assertThat(Evidence.at(Evidence.Kind.TASK_OPENED, at("2026-11-25T08:00:00Z"), null).describe(ZoneId.of("UTC"))).isEqualTo("task-opened 08:00:00");
    }

    @Test
    void evidenceEndingBeforeItBeginsIsRefused() {
        assertThatThrownBy(() -> new Evidence(Evidence.Kind.COMMAND_RUN, at("2026-11-25T09:00:00Z"), at("2026-11-25T08:00:00Z"), "ls"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("until"));
    }
}
