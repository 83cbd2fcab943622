package dev.opstracker.bootstrap.cli.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opstracker time start TASK}: a timer on the task; a timer already running stops at the same instant. */
@Command(name = "start", mixinStandardHelpOptions = true, description = "Start a timer on a task (a running one stops at the same instant).")
final class TimeStart extends ApiCommand {

    @Parameters(index = "0", paramLabel = "TASK", description = "The task's id.")
    long taskId;

    @Option(names = "--activity", paramLabel = "ACTIVITY", description = "incident, maintenance, project, ... (priced by its own rate when one is set).")
    String activity;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Override
    protected int run(Api api, Printer printer) {
        ObjectNode body = Api.object().put("taskId", taskId).put("zone", zone().getId());
        if (activity != null) {
            body.put("activity", activity);
        }
        if (note != null) {
            body.put("note", note);
        }
        JsonNode started = api.post("/api/v1/time/start", body);
        String message = "Timer started on task %d".formatted(taskId);
        JsonNode stopped = started.path("stopped");
        if (stopped.isObject()) {
            message += " (stopped the timer on task %s after %s)".formatted(stopped.path("taskId").asText(), TimeColumns.duration(stopped));
        }
        printer.done(message, TimeColumns.entry(zone()), started);
        return 0;
    }
}
