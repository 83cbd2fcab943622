package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A command run of a source task: its command line as displayed (secrets already masked), the
 * directory it ran in, its exit code (null when it ended by a signal or timed out) and the start of
 * its output (masked), from which a step's expected output is cut.
 *
 * <p>The output head may be read lazily ({@link #lazy}): reading a stored output costs a decryption,
 * and generation needs the output of few commands (those that become a step's expected output or a
 * pitfall). A lazy output is read at most once, on the first {@link #outputHead()} call, and then
 * kept; the supplier may be called from any thread, once. {@link #equals} compares the command
 * line, directory, exit code <em>and</em> output, so it reads the outputs of both commands;
 * {@link #hashCode} and {@link #toString} never read the output.
 */
public final class SourceCommand {

    private final String commandLine;
    private final String workingDirectory;
    private final Integer exitCode;
    private final ReentrantLock reading = new ReentrantLock();
    private Supplier<String> output;
    private volatile String outputHead;

    /** A command whose output head is known; a null output is empty. */
    public SourceCommand(String commandLine, String workingDirectory, Integer exitCode, String outputHead) {
        this.commandLine = requireNonNull(commandLine, "commandLine is null");
        this.workingDirectory = workingDirectory;
        this.exitCode = exitCode;
        this.outputHead = outputHead == null ? "" : outputHead;
    }

    private SourceCommand(String commandLine, String workingDirectory, Integer exitCode, Supplier<String> output) {
        this.commandLine = requireNonNull(commandLine, "commandLine is null");
        this.workingDirectory = workingDirectory;
        this.exitCode = exitCode;
        this.output = requireNonNull(output, "output is null");
    }

    /** A command whose output head is read by {@code output} when first asked for (a null result is empty). */
    public static SourceCommand lazy(String commandLine, String workingDirectory, Integer exitCode, Supplier<String> output) {
        return new SourceCommand(commandLine, workingDirectory, exitCode, output);
    }

    /**
     * This command with its command line and directory rewritten by {@code text} now, and its output
     * rewritten by {@code text} only when the new command's output is read.
     */
    SourceCommand rewritten(UnaryOperator<String> text) {
        return lazy(text.apply(commandLine), text.apply(workingDirectory), exitCode, () -> text.apply(outputHead()));
    }

    public String commandLine() {
        return commandLine;
    }

    public String workingDirectory() {
        return workingDirectory;
    }

    public Integer exitCode() {
        return exitCode;
    }

    /** The start of the output, masked; read on the first call for a lazy command. */
    public String outputHead() {
        String known = outputHead;
        if (known != null) {
            return known;
        }
        reading.lock();
        try {
            if (outputHead == null) {
                String read = output.get();
                outputHead = read == null ? "" : read;
                output = null;
            }
            return outputHead;
        } finally {
            reading.unlock();
        }
    }

    public boolean succeeded() {
        return exitCode != null && exitCode == 0;
    }

    /** Equal command line, directory, exit code and output: reads the output of both when lazy. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceCommand that && commandLine.equals(that.commandLine)
                && Objects.equals(workingDirectory, that.workingDirectory) && Objects.equals(exitCode, that.exitCode)
                && outputHead().equals(that.outputHead());
    }

    /** From the command line, directory and exit code only, so that hashing never reads an output. */
    @Override
    public int hashCode() {
        return Objects.hash(commandLine, workingDirectory, exitCode);
    }

    @Override
    public String toString() {
        return "SourceCommand[commandLine=%s, workingDirectory=%s, exitCode=%s]".formatted(commandLine, workingDirectory, exitCode);
    }
}
