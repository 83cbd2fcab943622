package dev.opstracker.bootstrap.system;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandResult.Ending;
import dev.opstracker.domain.command.CommandRunner;
import dev.opstracker.domain.command.CommandSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs commands as child processes through {@link ProcessBuilder}, with no shell in between.
 *
 * <p>The child's environment is exactly the spec's, so a program that needs {@code PATH}, or
 * {@code SystemRoot} on Windows, must be given it. The JDK looks a bare program name up on this
 * JVM's {@code PATH}, not on the spec's.
 *
 * <p>A stopped command (timeout or cancellation) is asked to end with its descendants, then killed
 * after a grace period. Processes that left the tree (daemonised, re-parented) cannot be found. If
 * such a process still holds an output pipe open after the child exited, the run waits for it until
 * the timeout, then stops copying and reports the child's exit; with no timeout it waits until the
 * pipe closes or the caller cancels. (The JDK itself may close the pipes when the child exits, so
 * what such a process writes later is never reliably captured.)
 *
 * <p>A failing output stream does not stop the command: the rest of that output is drained and
 * discarded, so the child cannot block on a full pipe, and the stream's exception is thrown once the
 * command has ended.
 *
 * <p>This runner never reports {@link CommandResult.Signalled}: on POSIX the JDK reports a death by
 * signal n as exit value 128+n, which a program may also return by itself (a shell does, for a child
 * that was killed), so the two cannot be told apart and a guess would mislabel real exit codes.
 * Such deaths are reported as {@link CommandResult.Exited} with the JDK's value.
 */
public final class ProcessCommandRunner implements CommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessCommandRunner.class);
    /** Long enough for a program to flush and clean up after SIGTERM, short enough for a caller to wait for. */
    static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);
    /** Longer timeouts are treated as this one: a deadline in nanoseconds must not overflow. */
    private static final Duration LONGEST_TIMEOUT = Duration.ofDays(365L * 100);

    private final InstantSource clock;
    private final Duration grace;

    public ProcessCommandRunner(InstantSource clock) {
        this(clock, DEFAULT_GRACE);
    }

    ProcessCommandRunner(InstantSource clock, Duration grace) {
        this.clock = requireNonNull(clock, "clock is null");
        this.grace = requireNonNull(grace, "grace is null");
    }

    @Override
    public CommandResult run(CommandSpec spec, OutputStream stdout, OutputStream stderr) throws IOException {
        requireNonNull(spec, "spec is null");
        requireNonNull(stdout, "stdout is null");
        requireNonNull(stderr, "stderr is null");
        Instant startedAt = now();
        Process process = start(spec);
        String program = spec.argv().get(0);
        LOG.debug("started {} as pid {}", program, process.pid());
        List<OutputPump> pumps = List.of(
                OutputPump.start("command-%d-stdout".formatted(process.pid()), process.getInputStream(), stdout),
                OutputPump.start("command-%d-stderr".formatted(process.pid()), process.getErrorStream(), stderr));
        Ending ending = new Watch(process, program, spec.timeout(), pumps).await();
        // A wall clock may step back during a run; a zero duration is truer than a failed run.
        Instant endedAt = max(startedAt, now());
        LOG.debug("{} (pid {}) ended: {}", program, process.pid(), ending);
        throwFirstFailure(pumps);
        return new CommandResult(ending, startedAt, endedAt);
    }

    private static Process start(CommandSpec spec) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(spec.argv()).directory(spec.workingDirectory().toFile());
        builder.environment().clear();
        builder.environment().putAll(spec.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException notStarted) {
            // The JDK puts the operating system's reason (missing, not executable) in the cause.
            Throwable reason = notStarted.getCause() == null ? notStarted : notStarted.getCause();
            throw new IOException("cannot start program %s in working directory %s: %s"
                    .formatted(spec.argv().get(0), spec.workingDirectory(), reason.getMessage()), notStarted);
        }
        try {
            // Closing the pipe gives the child an immediate end of input on every platform, without naming a null device.
            process.getOutputStream().close();
        } catch (IOException notClosed) {
            process.destroyForcibly();
            throw notClosed;
        }
        return process;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant max(Instant first, Instant second) {
        return second.isBefore(first) ? first : second;
    }

    private static Duration min(Duration first, Duration second) {
        return second.compareTo(first) < 0 ? second : first;
    }

    private static void throwFirstFailure(List<OutputPump> pumps) throws IOException {
        Exception first = null;
        for (OutputPump pump : pumps) {
            Exception failure = pump.failure();
            if (first == null) {
                first = failure;
            } else if (failure != null && failure != first) {
                // Both pumps hold the same exception when the caller passed one failing stream for both.
                first.addSuppressed(failure);
            }
        }
        if (first instanceof IOException ioFailure) {
            throw ioFailure;
        }
        if (first instanceof RuntimeException runtimeFailure) {
            throw runtimeFailure;
        }
    }

    /** Waits for one started child and its output, and stops it when its time is up or the caller gives up. */
    private final class Watch {

        private final Process process;
        private final String program;
        private final Duration timeout;
        private final long deadlineNanos;
        private final List<OutputPump> pumps;

        Watch(Process process, String program, Duration timeout, List<OutputPump> pumps) {
            this.process = process;
            this.program = program;
            this.timeout = timeout;
            this.deadlineNanos = timeout == null ? 0 : System.nanoTime() + min(timeout, LONGEST_TIMEOUT).toNanos();
            this.pumps = pumps;
        }

        Ending await() {
            try {
                if (!awaitProcess()) {
                    LOG.info("stopping {} (pid {}): its timeout of {} passed", program, process.pid(), timeout);
                    stop();
                    return new CommandResult.TimedOut(timeout);
                }
                if (!awaitPumps(remaining())) {
                    // The child's own output is complete (it is in the pipe before the child can exit); the rest
                    // comes from a process that left the tree. We did not stop the child, so it is not TimedOut.
                    LOG.warn("{} (pid {}) exited but a process it left behind still holds its output open at its timeout of {}; "
                            + "the rest of the output is discarded", program, process.pid(), timeout);
                    pumps.forEach(OutputPump::detach);
                }
                return new CommandResult.Exited(process.exitValue());
            } catch (InterruptedException interrupted) {
                LOG.info("stopping {} (pid {}): the caller cancelled it", program, process.pid());
                stop();
                Thread.currentThread().interrupt();
                return new CommandResult.Cancelled();
            }
        }

        private boolean awaitProcess() throws InterruptedException {
            if (timeout == null) {
                process.waitFor();
                return true;
            }
            return process.waitFor(remaining().toNanos(), TimeUnit.NANOSECONDS);
        }

        private Duration remaining() {
            return timeout == null ? null : Duration.ofNanos(deadlineNanos - System.nanoTime());
        }

        /** Stops the process tree, then gives its pipes the grace period to close before giving up on them. */
        private void stop() {
            boolean interrupted = Thread.interrupted();
            ProcessTree.stop(process.toHandle(), grace);
            try {
                if (!awaitPumps(grace)) {
                    LOG.warn("output of {} (pid {}) is still held open after it was stopped; the rest is discarded", program, process.pid());
                }
            } catch (InterruptedException again) {
                interrupted = true;
            }
            pumps.forEach(OutputPump::detach);
            if (interrupted || Thread.interrupted()) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits for every pump within one shared {@code limit}; {@code null} waits without limit. */
        private boolean awaitPumps(Duration limit) throws InterruptedException {
            long endNanos = limit == null ? 0 : System.nanoTime() + limit.toNanos();
            boolean ended = true;
            for (OutputPump pump : pumps) {
                Duration left = limit == null ? null : Duration.ofNanos(endNanos - System.nanoTime());
                ended &= pump.awaitEnd(left);
            }
            return ended;
        }
    }
}
