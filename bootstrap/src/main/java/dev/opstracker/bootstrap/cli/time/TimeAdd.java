package dev.opstracker.bootstrap.cli.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.CliFailure;
import dev.opstracker.bootstrap.cli.Printer;
import dev.opstracker.bootstrap.cli.TimeArgument;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code opstracker time add TASK --from "yesterday 22:30" --to "yesterday 23:45"} (or {@code --duration 1h15m}):
 * time worked without a timer. An entry overlapping another of yours is refused, naming it.
 */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Record time worked on a task: --from and --to, or --from and --duration.")
final class TimeAdd extends ApiCommand {

    @Parameters(index = "0", paramLabel = "TASK", description = "The task's id.")
    long taskId;

    @Option(names = "--from", required = true, paramLabel = "TIME", description = "When the work began: ISO-8601, a span ago (2h) or a day and time (yesterday 22:30).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "When it ended.")
    String to;

    @Option(names = "--duration", paramLabel = "SPAN", description = "How long it took, instead of --to: 1h30m, 45m, PT2H.")
    String duration;

    @Option(names = "--activity", paramLabel = "ACTIVITY")
    String activity;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Override
    protected int run(Api api, Printer printer) {
        if ((to == null) == (duration == null)) {
            throw usageError("give --to or --duration (one of them)");
        }
        Instant now = Instant.now();
        Instant start = TimeArgument.parse("--from", from, now, zone(), TimeArgument.Direction.AGO);
        Instant end;
        if (to != null) {
            end = TimeArgument.parse("--to", to, now, zone(), TimeArgument.Direction.AGO);
        } else {
            Duration span = TimeArgument.span(duration.strip());
            if (span == null || span.isZero() || span.isNegative()) {
                throw new CliFailure("--duration '%s' is not a span: give 1h30m, 45m, 2h or PT2H".formatted(duration));
            }
            end = start.plus(span);
        }
        ObjectNode body = Api.object().put("taskId", taskId).put("start", start.toString()).put("end", end.toString()).put("zone", zone().getId());
        if (activity != null) {
            body.put("activity", activity);
        }
        if (note != null) {
            body.put("note", note);
        }
        JsonNode added = api.post("/api/v1/time/entries", body);
        printer.done("Added %s on task %d (entry %s)".formatted(TimeColumns.duration(added), taskId, added.path("id").asText()), TimeColumns.entry(zone()),
                added);
        return 0;
    }
}
