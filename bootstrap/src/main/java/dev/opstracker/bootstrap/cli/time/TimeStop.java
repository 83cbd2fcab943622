package dev.opstracker.bootstrap.cli.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import dev.opstracker.bootstrap.cli.TimeArgument;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opstracker time stop [--at TIME | --at-last-activity]}: stops the running timer. */
@Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the running timer, now or at a past time.")
final class TimeStop extends ApiCommand {

    @Option(names = "--at", paramLabel = "TIME", description = "When it stopped: ISO-8601, a span ago (20m) or a day and time (today 17:30).")
    String at;

    @Option(names = "--at-last-activity", description = "At the last activity on its task since it started (a forgotten timer).")
    boolean atLastActivity;

    @Override
    protected int run(Api api, Printer printer) {
        if (at != null && atLastActivity) {
            throw usageError("give --at or --at-last-activity, not both");
        }
        ObjectNode body = Api.object();
        if (at != null) {
            body.put("at", TimeArgument.parse("--at", at, Instant.now(), zone(), TimeArgument.Direction.AGO).toString());
        }
        if (atLastActivity) {
            body.put("atLastActivity", true);
        }
        JsonNode stopped = api.post("/api/v1/time/stop", body);
        printer.done("Timer stopped on task %s after %s".formatted(stopped.path("taskId").asText(), TimeColumns.duration(stopped)),
                TimeColumns.entry(zone()), stopped);
        return 0;
    }
}
