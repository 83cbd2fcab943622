package dev.opstracker.bootstrap.cli.alert;

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

/**
 * {@code opstracker alerts list [--since 2h]}: the problems monitoring reported lately (fired, folded or resolved),
 * oldest first; {@code opstracker alerts list TASK}: the incidents one task tracks.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the problems (folded alerts) seen lately, or the incidents one task tracks.")
final class AlertsOfTask extends ApiCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TASK", description = "Only the incidents this task tracks.")
    Long taskId;

    @Option(names = "--since", paramLabel = "TIME", defaultValue = "24h",
            description = "Problems seen since: a span ago (2h, 7d), ISO-8601 or a day and time. Default: ${DEFAULT-VALUE}.")
    String since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "At most this many. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    protected int run(Api api, Printer printer) {
        if (taskId != null) {
            printer.table(IncidentColumns.row(zone()), Api.items(api.get("/api/v1/alerts/tasks/" + taskId + "/incidents").path("items")));
            return 0;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("since", TimeArgument.parse("--since", since, Instant.now(), zone(), TimeArgument.Direction.AGO).toString());
        printer.table(IncidentColumns.row(zone()), api.list("/api/v1/alerts/incidents" + Api.query(parameters), atLeastOne("--limit", limit)));
        return 0;
    }
}
