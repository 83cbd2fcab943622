package dev.opstracker.domain.command;

import dev.opstracker.domain.shared.DomainException;

/** The identity of a command run: a positive number the run store hands out before the run is stored. */
public record CommandRunId(long value) {

    public CommandRunId {
        if (value < 1) {
            throw new DomainException.InvalidInput("id", value, "a command run id is a positive number");
        }
    }

    public static CommandRunId of(long value) {
        return new CommandRunId(value);
    }

    /** Reads an id as it appears in a URL. */
    public static CommandRunId parse(String text) {
        try {
            return new CommandRunId(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput("id", text, "a command run id is a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
