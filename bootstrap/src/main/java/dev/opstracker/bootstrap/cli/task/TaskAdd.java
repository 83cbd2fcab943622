package dev.opstracker.bootstrap.cli.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import dev.opstracker.bootstrap.cli.TimeArgument;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opstracker task add TITLE}: a new OPEN task. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a task; prints its id.")
final class TaskAdd extends ApiCommand {

    @Parameters(index = "0", paramLabel = "TITLE", description = "What is to be done.")
    String title;

    @Option(names = {"-p", "--priority"}, paramLabel = "PRIORITY", description = "P1..P4 or critical, high, medium, low. Default: P3.")
    String priority;

    @Option(names = {"-a", "--assignee"}, paramLabel = "NAME", description = "Who does it.")
    String assignee;

    @Option(names = "--client", paramLabel = "CODE", description = "Client billing code, such as ACME.")
    String client;

    @Option(names = "--project", paramLabel = "CODE", description = "Project billing code, such as acme-web.")
    String project;

    @Option(names = "--due", paramLabel = "TIME", description = "When it is due: ISO-8601, a span ahead (2h, 3d) or a day and time (tomorrow 17:00).")
    String due;

    @Option(names = {"-d", "--description"}, paramLabel = "TEXT", description = "Longer description.")
    String description;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "A custom attribute; repeat for more.")
    Map<String, String> attributes = new LinkedHashMap<>();

    @Override
    protected int run(Api api, Printer printer) {
        ObjectNode body = Api.object().put("title", title);
        putIfGiven(body, "priority", priority);
        putIfGiven(body, "assignee", assignee);
        putIfGiven(body, "client", client);
        putIfGiven(body, "project", project);
        putIfGiven(body, "description", description);
        if (due != null) {
            body.put("dueAt", TimeArgument.parse("--due", due, Instant.now(), zone(), TimeArgument.Direction.AHEAD).toString());
        }
        if (!attributes.isEmpty()) {
            ObjectNode attributeNode = body.putObject("attributes");
            attributes.forEach(attributeNode::put);
        }
        JsonNode created = api.post("/api/v1/tasks", body);
        printer.done("Added task %s: %s".formatted(created.path("id").asText(), created.path("title").asText()), TaskColumns.ROW, created);
        return 0;
    }

    static void putIfGiven(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
