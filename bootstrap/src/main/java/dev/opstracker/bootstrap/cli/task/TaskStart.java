package dev.opstracker.bootstrap.cli.task;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opstracker task start ID}: the task is IN_PROGRESS; other work in progress on the same components is named. */
@Command(name = "start", mixinStandardHelpOptions = true, description = "Start work on a task (IN_PROGRESS).")
final class TaskStart extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The task's id.")
    long id;

    @Override
    protected int run(Api api, Printer printer) {
        JsonNode started = TaskStatusChange.change(api, id, "IN_PROGRESS", null);
        TaskStatusChange.report(printer, "Started task %d: %s".formatted(id, started.path("title").asText()), started);
        PrintWriter err = err();
        // A warning, not the answer: it goes to stderr so that scripts reading stdout see only the task.
        for (JsonNode conflict : started.path("conflicts")) {
            err.println("note: task %s is in progress on %s too".formatted(conflict.path("taskId").asText(), conflict.path("path").asText()));
        }
        err.flush();
        return 0;
    }
}
