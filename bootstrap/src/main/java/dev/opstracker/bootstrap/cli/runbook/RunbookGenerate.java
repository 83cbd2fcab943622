package dev.opstracker.bootstrap.cli.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Column;
import dev.opstracker.bootstrap.cli.Printer;
import dev.opstracker.bootstrap.cli.Progress;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code opstracker runbook generate "Restart a stuck deployment" --tasks 12,15,19} (or {@code --alert NAME} /
 * {@code --components QUERY} over the last {@code --days}): a new runbook, or the next version of one of that title.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a runbook from finished tasks, named by id or found by alert name and components.")
final class RunbookGenerate extends ApiCommand {

    private static final List<Column> SAVED = List.of(Column.of("SLUG", "slug"), Column.of("VERSION", "version"), Column.of("AUTHOR", "author"),
            Column.of("MESSAGE", "message"));

    @Parameters(index = "0", paramLabel = "TITLE", description = "The runbook's title.")
    String title;

    @Option(names = "--tasks", paramLabel = "ID", split = ",", description = "Finished tasks to learn from, such as 12,15,19.")
    List<Long> tasks = new ArrayList<>();

    @Option(names = "--alert", paramLabel = "NAME", description = "Finished tasks opened by this alert (alertname).")
    String alert;

    @Option(names = "--components", paramLabel = "QUERY", description = "Finished tasks linked to components matching this filter, such as kind:node.")
    String components;

    @Option(names = "--days", paramLabel = "N", description = "With --alert or --components: tasks of the last N days.")
    Integer days;

    @Override
    protected int run(Api api, Printer printer) {
        boolean byFilter = alert != null || components != null;
        if (tasks.isEmpty() == !byFilter) {
            throw usageError("give --tasks, or --alert and/or --components (not both ways)");
        }
        ObjectNode body = Api.object().put("title", title);
        if (byFilter) {
            ObjectNode filter = body.putObject("filter");
            if (alert != null) {
                filter.put("alert", alert);
            }
            if (components != null) {
                filter.put("components", components);
            }
            if (days != null) {
                filter.put("days", days);
            }
        } else {
            tasks.forEach(body.putArray("taskIds")::add);
        }
        JsonNode saved;
        try (Progress progress = progress("Generating runbook")) {
            saved = api.post("/api/v1/runbooks", body);
        }
        printer.done("Saved runbook %s version %s".formatted(saved.path("slug").asText(), saved.path("version").asText()), SAVED, saved);
        return 0;
    }
}
