package dev.opstracker.http.command;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.Endings;
import dev.opstracker.domain.command.OutputSummary;
import dev.opstracker.domain.shared.Page;
import java.util.List;
import java.util.Map;

/**
 * A run's metadata as the API shows it: the command line and environment masked (the exact argv
 * never leaves the library), the outputs' sizes and digests, and the run's place in the hash chain.
 */
record CommandRunResponse(
        @JsonProperty("id") long id,
        @JsonProperty("taskId") long taskId,
        @JsonProperty("command") String command,
        @JsonProperty("cwd") String cwd,
        @JsonProperty("env") Map<String, String> env,
        @JsonProperty("host") String host,
        @JsonProperty("user") String user,
        @JsonProperty("startedAt") String startedAt,
        @JsonProperty("endedAt") String endedAt,
        @JsonProperty("durationMs") long durationMs,
        @JsonProperty("ending") String ending,
        @JsonProperty("exitCode") Integer exitCode,
        @JsonProperty("stdout") Output stdout,
        @JsonProperty("stderr") Output stderr,
        @JsonProperty("previousHash") String previousHash,
        @JsonProperty("recordHash") String recordHash) {

    static CommandRunResponse from(CommandRun run) {
        return new CommandRunResponse(run.id().value(), run.taskId().value(), run.display(), run.workingDirectory(), run.environment(), run.host(),
                run.user(), run.startedAt().toString(), run.endedAt().toString(), run.duration().toMillis(), Endings.toText(run.ending()),
                run.exitCode(), Output.from(run, "stdout", run.stdout()), Output.from(run, "stderr", run.stderr()), run.previousHash(),
                run.recordHash());
    }

    /** One output: where to read it, its size and digest as written, and what was kept of it. */
    record Output(
            @JsonProperty("href") String href,
            @JsonProperty("size") long size,
            @JsonProperty("sha256") String sha256,
            @JsonProperty("truncated") boolean truncated,
            @JsonProperty("keptBytes") long keptBytes) {

        static Output from(CommandRun run, String channel, OutputSummary summary) {
            return new Output(CommandRoutes.BASE_PATH + "/" + run.id() + "/" + channel, summary.size(), summary.sha256(), summary.truncated(),
                    summary.keptBytes());
        }
    }

    /** A page of runs; {@code next} is the following page's cursor, null on the last. */
    record Listing(
            @JsonProperty("items") List<CommandRunResponse> items,
            @JsonProperty("next") String next,
            @JsonProperty("total") long total) {

        static Listing from(Page<CommandRun> page) {
            return new Listing(page.items().stream().map(CommandRunResponse::from).toList(), page.next(), page.total());
        }
    }
}
