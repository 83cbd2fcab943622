package dev.opstracker.bootstrap.cli.task;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Column;
import dev.opstracker.bootstrap.cli.Components;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opstracker task link ID COMPONENT...}: ties the task to components, named by id or by path. */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Link a task to components (by id or path, such as aws/eu-west-1/prod-eks).")
final class TaskLink extends ApiCommand {

    private static final List<Column> LINK = List.of(Column.of("TASK", "taskId"), Column.of("COMPONENT", "componentId"), Column.of("PATH", "path"),
            Column.of("ROLE", "role"));

    @Parameters(index = "0", paramLabel = "ID", description = "The task's id.")
    long id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMPONENT", description = "Component ids or paths.")
    List<String> components = new ArrayList<>();

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE", defaultValue = "affected", description = "affected (default), cause or changed.")
    String role;

    @Override
    protected int run(Api api, Printer printer) {
        List<JsonNode> links = new ArrayList<>();
        for (String component : components) {
            long componentId = Components.id(api, component);
            links.add(api.post("/api/v1/tasks/" + id + "/components", Api.object().put("componentId", componentId).put("role", role)));
        }
        printer.table(LINK, links);
        return 0;
    }
}
