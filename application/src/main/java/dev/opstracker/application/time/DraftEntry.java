package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Evidence;
import dev.opstracker.domain.time.TimeEntryDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A time entry proposed from a task's evidence, not stored nor billed until accepted
 * ({@link DraftTimesheets#accept}); a person may change its span or activity first.
 *
 * @param client   the client the entry would bill to (the task's, else its components' tags); null when none is known
 * @param project  the project it would bill to, likewise
 * @param evidence what suggested it, oldest first
 */
public record DraftEntry(TaskId taskId, String title, Instant start, Instant end, ZoneId zone, Activity activity, BillingCode client,
        BillingCode project, List<Evidence> evidence) {

    public DraftEntry {
        requireNonNull(taskId, "taskId is null");
        requireNonNull(title, "title is null");
        requireNonNull(zone, "zone is null");
        requireNonNull(activity, "activity is null");
        evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
        if (start == null) {
            throw new DomainException.InvalidInput("start", null, "a draft has a start");
        }
        if (end == null || !end.isAfter(start)) {
            throw new DomainException.InvalidInput("end", end, "a draft ends after its start " + start);
        }
    }

    /** This draft over another span, as a person corrected it. */
    public DraftEntry withSpan(Instant newStart, Instant newEnd) {
        return new DraftEntry(taskId, title, newStart, newEnd, zone, activity, client, project, evidence);
    }

    /** This draft with another activity, as a person corrected it. */
    public DraftEntry withActivity(Activity newActivity) {
        return new DraftEntry(taskId, title, start, end, zone, newActivity, client, project, evidence);
    }

    /** The note of the entry it becomes: the evidence, one line each, times in the draft's zone, cut to fit a note. */
    String note() {
        String lines = evidence.stream().map(item -> item.describe(zone)).collect(Collectors.joining("\n", "Drafted from evidence:\n", ""));
        if (lines.length() <= TimeEntryDetails.MAX_NOTE_LENGTH) {
            return lines;
        }
        int cut = TimeEntryDetails.MAX_NOTE_LENGTH - 3;
        return lines.substring(0, Character.isHighSurrogate(lines.charAt(cut - 1)) ? cut - 1 : cut) + "...";
    }
}
