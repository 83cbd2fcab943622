package dev.opstracker.bootstrap.cli.task;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opstracker task done ID --note "..."}: the task is DONE. */
@Command(name = "done", mixinStandardHelpOptions = true, description = "Finish a task (DONE), with an optional closing note.")
final class TaskDone extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The task's id.")
    long id;

    @Option(names = {"-n", "--note"}, paramLabel = "TEXT", description = "What was done, kept in the task's history.")
    String note;

    @Override
    protected int run(Api api, Printer printer) {
        JsonNode done = TaskStatusChange.change(api, id, "DONE", note);
        TaskStatusChange.report(printer, "Done: task %d, %s".formatted(id, done.path("title").asText()), done);
        return 0;
    }
}
