package dev.opstracker.application.command;

import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRunner;
import dev.opstracker.domain.command.CommandSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** A {@link CommandRunner} that writes given bytes and ends as told, for capture tests; no process is started. */
final class ScriptedRunner implements CommandRunner {

    static final Instant START = Instant.parse("2026-11-25T09:00:00.123Z");

    private final byte[] stdout;
    private final byte[] stderr;
    private final CommandResult.Ending ending;
    CommandSpec lastSpec;

    ScriptedRunner(byte[] stdout, byte[] stderr, CommandResult.Ending ending) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.ending = ending;
    }

    @Override
    public CommandResult run(CommandSpec spec, OutputStream out, OutputStream err) throws IOException {
        lastSpec = spec;
        if (spec.argv().get(0).equals("no-such-program")) {
            throw new IOException("cannot run program no-such-program in /srv: not found");
        }
        // In pieces, as a pipe delivers them.
        for (int offset = 0; offset < stdout.length; offset += 7_777) {
            out.write(stdout, offset, Math.min(7_777, stdout.length - offset));
        }
        err.write(stderr);
        return new CommandResult(ending, START, START.plusMillis(2_345));
    }
}
