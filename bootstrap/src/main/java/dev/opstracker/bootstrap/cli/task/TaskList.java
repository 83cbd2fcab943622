package dev.opstracker.bootstrap.cli.task;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opstracker task list}: tasks matching the filters, newest first as the API lists them. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List tasks, filtered.")
final class TaskList extends ApiCommand {

    @Option(names = {"-s", "--status"}, paramLabel = "STATUS", split = ",",
            description = "OPEN, IN_PROGRESS, BLOCKED, DONE, CANCELLED; several separated by commas.")
    List<String> statuses = new ArrayList<>();

    @Option(names = {"-p", "--priority"}, paramLabel = "PRIORITY", split = ",", description = "P1..P4 or critical, high, medium, low; several separated by commas.")
    List<String> priorities = new ArrayList<>();

    @Option(names = {"-a", "--assignee"}, paramLabel = "NAME", description = "Only this person's tasks.")
    String assignee;

    @Option(names = "--client", paramLabel = "CODE", description = "Only this client's tasks.")
    String client;

    @Option(names = "--project", paramLabel = "CODE", description = "Only this project's tasks.")
    String project;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "Only tasks with this attribute; repeat for more.")
    List<String> attributes = new ArrayList<>();

    @Option(names = {"-t", "--text"}, paramLabel = "TEXT", description = "Only tasks whose title contains this.")
    String text;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most this many tasks. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    protected int run(Api api, Printer printer) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("status", statuses.isEmpty() ? null : String.join(",", statuses));
        filters.put("priority", priorities.isEmpty() ? null : String.join(",", priorities));
        filters.put("assignee", assignee);
        filters.put("client", client);
        filters.put("project", project);
        filters.put("attr", attributes);
        filters.put("text", text);
        printer.table(TaskColumns.ROW, api.list("/api/v1/tasks" + Api.query(filters), atLeastOne("--limit", limit)));
        return 0;
    }
}
