package dev.opstracker.bootstrap.cli.task;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opstracker task show ID}: one task, every field. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one task.")
final class TaskShow extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The task's id.")
    long id;

    @Override
    protected int run(Api api, Printer printer) {
        printer.record(TaskColumns.record(zone()), api.get("/api/v1/tasks/" + id));
        return 0;
    }
}
