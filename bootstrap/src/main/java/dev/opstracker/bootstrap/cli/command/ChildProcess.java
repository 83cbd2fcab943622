package dev.opstracker.bootstrap.cli.command;

import dev.opstracker.bootstrap.cli.CliFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs a program with the terminal attached as usual: it reads our stdin, and its output streams live to our stdout
 * and stderr byte for byte while a copy of each goes to a temporary file for the record. Ctrl-C reaches the program;
 * this process waits for it to end rather than dying first, so the run is recorded however it ended.
 */
final class ChildProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    /**
     * How long the outputs may still flow once the program has ended: a background process it started may hold them
     * open for ever, and what it writes after the end is not part of the run.
     */
    private static final Duration OUTPUT_GRACE = Duration.ofSeconds(2);

    private ChildProcess() {
    }

    /**
     * @param capture whether to copy the outputs to files; without it the program gets our stdout and stderr directly
     *                (for interactive programs that need a terminal there), and nothing of its output is kept
     * @param interactive whether our stdin is a terminal: then Ctrl-C already reaches the program from it, and is not
     *                    sent a second time
     */
    static ChildRun run(List<String> argv, Path workingDirectory, Map<String, String> environment, boolean capture, boolean interactive,
            OutputStream liveOut, OutputStream liveErr) {
        Path stdout = capture ? temporaryFile("stdout") : null;
        Path stderr = capture ? temporaryFile("stderr") : null;
        ProcessBuilder builder = new ProcessBuilder(argv).directory(workingDirectory.toFile()).redirectInput(ProcessBuilder.Redirect.INHERIT);
        if (!capture) {
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        Instant startedAt = Instant.now();
        Process process;
        try {
            process = builder.start();
        } catch (IOException failure) {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
            throw new CliFailure("cannot run %s: %s".formatted(argv.get(0), failure.getMessage()), failure);
        }
        SignalHandler previous = forwardInterrupts(process, interactive);
        try {
            Tee out = capture ? Tee.start(process.getInputStream(), liveOut, stdout, "stdout") : null;
            Tee err = capture ? Tee.start(process.getErrorStream(), liveErr, stderr, "stderr") : null;
            int exitCode = waitFor(process);
            Instant endedAt = Instant.now();
            Tee.finish(out, OUTPUT_GRACE);
            Tee.finish(err, OUTPUT_GRACE);
            return new ChildRun(List.copyOf(argv), workingDirectory, environment, startedAt, endedAt, exitCode, stdout, stderr);
        } finally {
            if (previous != null) {
                Signal.handle(new Signal("INT"), previous);
            }
        }
    }

    /**
     * While the program runs, SIGINT no longer ends this process: it is passed on to the program (unless the terminal
     * delivered it to the program already), and this process goes on to record how the program ended.
     */
    private static SignalHandler forwardInterrupts(Process process, boolean interactive) {
        try {
            return Signal.handle(new Signal("INT"), signal -> {
                if (!interactive && process.isAlive()) {
                    sendInterrupt(process);
                }
            });
        } catch (IllegalArgumentException unsupported) {
            // No SIGINT on this platform (Windows): Ctrl-C reaches the console's programs by other means.
            return null;
        }
    }

    /**
     * Sends INT to the program and every process it started, as a terminal's Ctrl-C reaches its whole foreground job.
     * The JDK can send only TERM and KILL; kill(1) sends INT.
     */
    private static void sendInterrupt(Process process) {
        List<String> command = new ArrayList<>(List.of("kill", "-INT", Long.toString(process.pid())));
        process.descendants().forEach(descendant -> command.add(Long.toString(descendant.pid())));
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException failure) {
            LOG.warn("Could not pass the interrupt on to process {}", process.pid(), failure);
        }
    }

    /** Waits for the program to end, even when interrupted: the run is recorded only once it has. */
    private static int waitFor(Process process) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return process.waitFor();
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path temporaryFile(String name) {
        try {
            return Files.createTempFile("opstracker-exec-", "." + name);
        } catch (IOException failure) {
            throw new CliFailure("cannot create a temporary file for the command's %s: %s".formatted(name, failure.getMessage()), failure);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException failure) {
            LOG.warn("Could not delete the temporary file {}", file, failure);
        }
    }
}
