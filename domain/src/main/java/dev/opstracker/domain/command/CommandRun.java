package dev.opstracker.domain.command;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.WrappedKey;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One command run of a task, as stored: what ran (the command line as shown, masked), where, as
 * whom, when, how it ended, and what its outputs were. The exact argument vector is kept sealed
 * ({@code sealedArgv}, under the run's data key, whose wrapped form is {@code dataKey}); outputs
 * are stored apart, sealed too. {@code previousHash} and {@code recordHash} link the run into the
 * store's hash chain ({@link RunChain}); both are null on a run not stored yet.
 */
public record CommandRun(
        CommandRunId id,
        TaskId taskId,
        String display,
        String workingDirectory,
        SortedMap<String, String> environment,
        String host,
        String user,
        Instant startedAt,
        Instant endedAt,
        CommandResult.Ending ending,
        OutputSummary stdout,
        OutputSummary stderr,
        WrappedKey dataKey,
        byte[] sealedArgv,
        String previousHash,
        String recordHash) {

    public static final int MAX_DISPLAY_LENGTH = 32_768;
    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_DIRECTORY_LENGTH = 4_096;

    public CommandRun {
        requireNonNull(id, "id is null");
        requireNonNull(taskId, "taskId is null");
        requireText("display", display, MAX_DISPLAY_LENGTH);
        requireText("cwd", workingDirectory, MAX_DIRECTORY_LENGTH);
        requireText("host", host, MAX_NAME_LENGTH);
        requireText("user", user, MAX_NAME_LENGTH);
        environment = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(environment, "environment is null")));
        // Stored to the millisecond, so a run reads back equal to what was stored.
        startedAt = requireNonNull(startedAt, "startedAt is null").truncatedTo(ChronoUnit.MILLIS);
        endedAt = requireNonNull(endedAt, "endedAt is null").truncatedTo(ChronoUnit.MILLIS);
        if (endedAt.isBefore(startedAt)) {
            throw new DomainException.InvalidInput("endedAt", endedAt, "a run ends at or after its start " + startedAt);
        }
        requireNonNull(ending, "ending is null");
        requireNonNull(stdout, "stdout is null");
        requireNonNull(stderr, "stderr is null");
        requireNonNull(dataKey, "dataKey is null");
        sealedArgv = requireNonNull(sealedArgv, "sealedArgv is null").clone();
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException.InvalidInput(field, value, "a command run needs a " + field);
        }
        if (value.length() > maxLength) {
            throw new DomainException.InvalidInput(field, value, "at most " + maxLength + " characters");
        }
    }

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }

    /** The exit code when the command exited by itself, else null (a signal, a timeout, a cancel). */
    public Integer exitCode() {
        return ending instanceof CommandResult.Exited(int code) ? code : null;
    }

    /** Whether the command exited by itself with code 0. */
    public boolean succeeded() {
        return Integer.valueOf(0).equals(exitCode());
    }

    public OutputSummary output(OutputChannel channel) {
        return channel == OutputChannel.STDOUT ? stdout : stderr;
    }

    @Override
    public byte[] sealedArgv() {
        return sealedArgv.clone();
    }

    /** This run as the store keeps it, linked after the record whose hash is {@code previous} (null: the first). */
    public CommandRun chainedAfter(String previous) {
        CommandRun unlinked = new CommandRun(id, taskId, display, workingDirectory, environment, host, user, startedAt, endedAt, ending, stdout,
                stderr, dataKey, sealedArgv, previous, null);
        return new CommandRun(id, taskId, display, workingDirectory, environment, host, user, startedAt, endedAt, ending, stdout, stderr, dataKey,
                sealedArgv, previous, RunChain.hash(unlinked));
    }

    /** The same run with its data key wrapped anew (key rotation); the chain does not cover the wrapped key. */
    public CommandRun withDataKey(WrappedKey rewrapped) {
        return new CommandRun(id, taskId, display, workingDirectory, environment, host, user, startedAt, endedAt, ending, stdout, stderr, rewrapped,
                sealedArgv, previousHash, recordHash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommandRun that && id.equals(that.id) && taskId.equals(that.taskId) && display.equals(that.display)
                && workingDirectory.equals(that.workingDirectory) && environment.equals(that.environment) && host.equals(that.host)
                && user.equals(that.user) && startedAt.equals(that.startedAt) && endedAt.equals(that.endedAt) && ending.equals(that.ending)
                && stdout.equals(that.stdout) && stderr.equals(that.stderr) && dataKey.equals(that.dataKey)
                && Arrays.equals(sealedArgv, that.sealedArgv) && Objects.equals(previousHash, that.previousHash)
                && Objects.equals(recordHash, that.recordHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, taskId, startedAt, recordHash);
    }
}
