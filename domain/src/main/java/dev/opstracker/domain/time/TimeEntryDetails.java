package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a time entry says: who worked on which task from when to when (to the second; no end while
 * its timer runs), the zone the work was recorded in (reports bucket days in a zone of their own),
 * the client and project it is billed to, whether it is billable, a note and the activity.
 */
public record TimeEntryDetails(
        TaskId taskId,
        String user,
        Instant start,
        Instant end,
        ZoneId zone,
        BillingCode client,
        BillingCode project,
        boolean billable,
        String note,
        Activity activity) {

    public static final int MAX_USER_LENGTH = 128;
    public static final int MAX_NOTE_LENGTH = 2_000;

    public TimeEntryDetails {
        if (taskId == null) {
            throw new DomainException.InvalidInput("taskId", null, "a time entry belongs to a task");
        }
        if (user == null || user.isBlank() || user.length() > MAX_USER_LENGTH) {
            throw new DomainException.InvalidInput("user", user, "a user name of 1 to " + MAX_USER_LENGTH + " characters");
        }
        if (start == null) {
            throw new DomainException.InvalidInput("start", null, "a time entry has a start");
        }
        // Exact to the second: sub-second parts would make sums differ from what reports show.
        start = start.truncatedTo(ChronoUnit.SECONDS);
        end = end == null ? null : end.truncatedTo(ChronoUnit.SECONDS);
        if (end != null && end.isBefore(start)) {
            throw new DomainException.InvalidInput("end", end, "an entry ends at or after its start " + start);
        }
        if (zone == null) {
            throw new DomainException.InvalidInput("zone", null, "the zone the work was recorded in, such as Europe/Berlin");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new DomainException.InvalidInput("note", note, "at most " + MAX_NOTE_LENGTH + " characters");
        }
        Text.requireWellFormed("note", note);
        activity = activity == null ? Activity.OTHER : activity;
    }

    /** Whether its timer is still running (no end yet). */
    public boolean isRunning() {
        return end == null;
    }

    /** Whole seconds worked; a running entry counts up to {@code now}. */
    public long seconds(Instant now) {
        Instant until = end != null ? end : now.truncatedTo(ChronoUnit.SECONDS);
        return until.isBefore(start) ? 0 : Duration.between(start, until).getSeconds();
    }

    /** Whether both cover some common second (a running entry goes on for ever). */
    public boolean overlaps(TimeEntryDetails other) {
        return (other.end == null || start.isBefore(other.end)) && (end == null || other.start.isBefore(end));
    }

    /**
     * Its timer stopped at {@code at}.
     *
     * @throws DomainException.InvalidInput (field {@code at}) when {@code at} lies before the start
     */
    public TimeEntryDetails stoppedAt(Instant at) {
        if (at.truncatedTo(ChronoUnit.SECONDS).isBefore(start)) {
            throw new DomainException.InvalidInput("at", at, "a timer stops at or after its start " + start);
        }
        return withSpan(start, at);
    }

    /**
     * The latest of {@code activity} lying at or after the start and not after {@code now}: where a
     * timer left running may be stopped. Empty when nothing happened since the start.
     */
    public Optional<Instant> lastActivity(Collection<Instant> activity, Instant now) {
        return activity.stream().filter(at -> at != null && !at.truncatedTo(ChronoUnit.SECONDS).isBefore(start) && !at.isAfter(now))
                .max(Comparator.naturalOrder());
    }

    public TimeEntryDetails withSpan(Instant newStart, Instant newEnd) {
        return new TimeEntryDetails(taskId, user, newStart, newEnd, zone, client, project, billable, note, activity);
    }
}
