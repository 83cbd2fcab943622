package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;

/** The identity of a time entry: a positive number assigned by the time entry store. */
public record TimeEntryId(long value) {

    public TimeEntryId {
        if (value < 1) {
            throw new DomainException.InvalidInput("id", value, "a time entry id is a positive number");
        }
    }

    public static TimeEntryId of(long value) {
        return new TimeEntryId(value);
    }

    /** Reads an id as it appears in a URL. */
    public static TimeEntryId parse(String text) {
        try {
            return new TimeEntryId(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput("id", text, "a time entry id is a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
