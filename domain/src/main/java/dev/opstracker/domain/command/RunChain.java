package dev.opstracker.domain.command;

import dev.opstracker.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tamper evidence of stored runs: each run's record hash covers its stored fields and the
 * hash of the run stored before it, so changing a stored run breaks its own hash and removing one
 * breaks its successor's link. The data key's wrapped form is left out, so that key rotation, which
 * rewraps it, keeps the chain intact; the sealed argv is covered as stored.
 */
public final class RunChain {

    private RunChain() {
    }

    /** The record hash of {@code run} (its {@code previousHash} included, its {@code recordHash} ignored). */
    public static String hash(CommandRun run) {
        StringBuilder canonical = new StringBuilder("opstracker-run/v1\n");
        field(canonical, run.previousHash() == null ? "" : run.previousHash());
        field(canonical, Long.toString(run.id().value()));
        field(canonical, Long.toString(run.taskId().value()));
        field(canonical, run.display());
        field(canonical, run.workingDirectory());
        field(canonical, Environment.toText(run.environment()));
        field(canonical, run.host());
        field(canonical, run.user());
        field(canonical, run.startedAt().toString());
        field(canonical, run.endedAt().toString());
        field(canonical, Endings.toText(run.ending()));
        summary(canonical, run.stdout());
        summary(canonical, run.stderr());
        field(canonical, HexFormat.of().formatHex(run.sealedArgv()));
        return Sha256.hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, so no value can be read as two or run into the next. */
    private static void field(StringBuilder canonical, String value) {
        canonical.append(value.length()).append(':').append(value).append('\n');
    }

    private static void summary(StringBuilder canonical, OutputSummary summary) {
        field(canonical, summary.size() + "/" + summary.sha256() + "/" + summary.truncated() + "/" + summary.keptBytes());
    }

    /**
     * Checks runs read in storage order: the first whose stored hash does not match its fields, or
     * whose link does not name the run before it, with what is wrong; empty when all hold.
     */
    public static Optional<Break> firstBreak(List<CommandRun> inOrder, String hashBefore) {
        String previous = hashBefore;
        for (CommandRun run : inOrder) {
            if (!Objects.equals(run.previousHash(), previous)) {
                return Optional.of(new Break(run.id(), "its link does not name the run stored before it: a run before it was removed or changed"));
            }
            if (!hash(run).equals(run.recordHash())) {
                return Optional.of(new Break(run.id(), "its fields do not match its record hash: it was changed after it was stored"));
            }
            previous = run.recordHash();
        }
        return Optional.empty();
    }

    /** Where a chain breaks: the first run that does not verify, and why. */
    public record Break(CommandRunId runId, String problem) {
    }
}
