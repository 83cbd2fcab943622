package dev.opstracker.domain.command;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Runs a command as a child process of this machine.
 *
 * <p>Contract: the child gets exactly {@link CommandSpec#argv()}, its working directory and
 * environment, and no standard input. Its standard output and error are copied byte for byte,
 * as they arrive, to {@code stdout} and {@code stderr} (never decoded, never buffered whole), and
 * both streams are fully copied before this method returns. When the timeout passes or the
 * calling thread is interrupted, the child (and its descendants where the platform allows) is
 * stopped and the result says {@link CommandResult.TimedOut} or {@link CommandResult.Cancelled}.
 * Implementations are safe for concurrent use; the output streams belong to one call.
 */
public interface CommandRunner {

    /**
     * Runs {@code spec} to its end.
     *
     * @throws IOException when the program cannot be started (missing, not executable) or an
     *                     output stream fails
     */
    CommandResult run(CommandSpec spec, OutputStream stdout, OutputStream stderr) throws IOException;
}
