package dev.opstracker.domain.command;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * How a command run ended, with its start and end instants as the runner observed them.
 */
public record CommandResult(Ending ending, Instant startedAt, Instant endedAt) {

    public CommandResult {
        requireNonNull(ending, "ending is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(endedAt, "endedAt is null");
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("command ended at %s before it started at %s".formatted(endedAt, startedAt));
        }
    }

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }

    /** Why the command stopped. */
    public sealed interface Ending {
    }

    /** The program exited by itself with this code. */
    public record Exited(int exitCode) implements Ending {
    }

    /** The program was ended by a signal it did not handle (POSIX only). */
    public record Signalled(int signal) implements Ending {
    }

    /** The runner stopped the program because its timeout passed. */
    public record TimedOut(Duration timeout) implements Ending {
    }

    /** The runner stopped the program because the caller cancelled it. */
    public record Cancelled() implements Ending {
    }
}
