package dev.opstracker.export.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.TimeEntry;
import java.util.List;

/**
 * One stopped time entry as the exports need it: the entry itself (its id and task id make every
 * row traceable), the task's title, who the user is to the billing tool, the billable time after the
 * report's rounding and what it comes to (null when no rate priced it), and tags.
 */
public record ExportedEntry(TimeEntry entry, String taskTitle, String email, String firstName, String lastName, long roundedSeconds, Money amount,
        List<String> tags) {

    public ExportedEntry {
        requireNonNull(entry, "entry is null");
        if (entry.details().isRunning()) {
            throw new IllegalArgumentException("time entry %s is still running: only stopped entries are exported".formatted(entry.id()));
        }
        taskTitle = taskTitle == null ? "" : taskTitle;
        email = email == null ? "" : email;
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
