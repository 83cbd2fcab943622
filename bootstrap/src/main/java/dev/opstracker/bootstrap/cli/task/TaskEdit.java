package dev.opstracker.bootstrap.cli.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import dev.opstracker.bootstrap.cli.TimeArgument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code opstracker task edit ID --title ... --clear assignee}: changes the fields given, as one merge-patch made
 * against the version just read, so an edit made meanwhile by someone else is refused rather than overwritten.
 */
@Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a task's fields; --clear FIELD empties one.")
final class TaskEdit extends ApiCommand {

    private static final Set<String> CLEARABLE = Set.of("description", "assignee", "reporter", "client", "project", "due");

    @Parameters(index = "0", paramLabel = "ID", description = "The task's id.")
    long id;

    @Option(names = "--title", paramLabel = "TITLE")
    String title;

    @Option(names = {"-d", "--description"}, paramLabel = "TEXT")
    String description;

    @Option(names = {"-p", "--priority"}, paramLabel = "PRIORITY")
    String priority;

    @Option(names = {"-a", "--assignee"}, paramLabel = "NAME")
    String assignee;

    @Option(names = "--client", paramLabel = "CODE")
    String client;

    @Option(names = "--project", paramLabel = "CODE")
    String project;

    @Option(names = "--due", paramLabel = "TIME", description = "ISO-8601, a span ahead (2h, 3d) or a day and time (tomorrow 17:00).")
    String due;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "Set an attribute (an empty value removes it); repeat for more.")
    Map<String, String> attributes = new LinkedHashMap<>();

    @Option(names = "--clear", paramLabel = "FIELD", split = ",", description = "Empty these fields: description, assignee, reporter, client, project, due.")
    List<String> cleared = new ArrayList<>();

    @Override
    protected int run(Api api, Printer printer) {
        ObjectNode patch = Api.object();
        TaskAdd.putIfGiven(patch, "title", title);
        TaskAdd.putIfGiven(patch, "description", description);
        TaskAdd.putIfGiven(patch, "priority", priority);
        TaskAdd.putIfGiven(patch, "assignee", assignee);
        TaskAdd.putIfGiven(patch, "client", client);
        TaskAdd.putIfGiven(patch, "project", project);
        if (due != null) {
            patch.put("dueAt", TimeArgument.parse("--due", due, Instant.now(), zone(), TimeArgument.Direction.AHEAD).toString());
        }
        if (!attributes.isEmpty()) {
            ObjectNode changed = patch.putObject("attributes");
            attributes.forEach((key, value) -> {
                if (value.isEmpty()) {
                    changed.putNull(key);
                } else {
                    changed.put(key, value);
                }
            });
        }
        for (String field : cleared) {
            if (!CLEARABLE.contains(field)) {
                throw usageError("--clear %s: only %s can be cleared".formatted(field, String.join(", ", CLEARABLE.stream()
                        .sorted().toList())));
            }
            patch.putNull(field.equals("due") ? "dueAt" : field);
        }
        if (patch.isEmpty()) {
            throw usageError("nothing to change: give at least one field option or --clear");
        }
        String path = "/api/v1/tasks/" + id;
        long version = api.get(path).path("version").asLong();
        JsonNode edited = api.patch(path, patch, version);
        printer.done("Edited task %d (version %s)".formatted(id, edited.path("version").asText()), TaskColumns.ROW, edited);
        return 0;
    }
}
