package dev.opstracker.application.time;

import dev.opstracker.domain.time.TimeEntry;
import java.util.List;

/** Entries listed by start, and whether more matched than the limit let through. */
public record ListedEntries(List<TimeEntry> entries, boolean truncated) {

    public ListedEntries {
        entries = List.copyOf(entries);
    }
}
