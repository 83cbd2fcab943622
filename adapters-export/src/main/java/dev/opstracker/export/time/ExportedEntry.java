package dev.opstracker.export.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.domain.time.TimeEntry;
import java.util.List;

/**
 * One stopped time entry as the exports need it: the entry itself (its id and task id make every
 * row traceable), the alert that opened its task (a dedup key or alert name; null when none), the
 * task's title, who the user is to the billing tool, the billable time after the report's rounding
 * and the rule that rounded it (null: {@link Rounding#NONE}), the hourly rate that priced it and what
 * it comes to (both null when no rate priced it), and tags.
 */
public record ExportedEntry(TimeEntry entry, String alert, String taskTitle, String email, String firstName, String lastName, long roundedSeconds,
        Rounding rounding, Money hourlyRate, Money amount, List<String> tags) {

    public ExportedEntry {
        requireNonNull(entry, "entry is null");
        if (entry.details().isRunning()) {
            throw new IllegalArgumentException("time entry %s is still running: only stopped entries are exported".formatted(entry.id()));
        }
        if (roundedSeconds < 0) {
            throw new IllegalArgumentException("time entry %s has roundedSeconds %d: rounded time is not negative".formatted(entry.id(), roundedSeconds));
        }
        if ((hourlyRate == null) != (amount == null)) {
            throw new IllegalArgumentException("time entry %s has hourlyRate %s and amount %s: an amount comes with the rate that priced it, or neither"
                    .formatted(entry.id(), hourlyRate, amount));
        }
        if (hourlyRate != null && !hourlyRate.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("time entry %s has hourlyRate %s and amount %s: both are in one currency"
                    .formatted(entry.id(), hourlyRate, amount));
        }
        alert = alert == null || alert.isBlank() ? null : alert;
        taskTitle = taskTitle == null ? "" : taskTitle;
        email = email == null ? "" : email;
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
        rounding = rounding == null ? Rounding.NONE : rounding;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Whether a rate priced it ({@link #hourlyRate()} and {@link #amount()} are set). */
    public boolean isPriced() {
        return amount != null;
    }

    /** The exact seconds worked. */
    public long seconds() {
        return entry.details().seconds(entry.details().end());
    }
}
