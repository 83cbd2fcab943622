package dev.opstracker.bootstrap.cli.alert;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opstracker alerts list TASK}: the incidents a task tracks, with how often they fired and when they resolved. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the incidents (folded alerts) a task tracks.")
final class AlertsOfTask extends ApiCommand {

    @Parameters(index = "0", paramLabel = "TASK", description = "The task's id.")
    long taskId;

    @Override
    protected int run(Api api, Printer printer) {
        printer.table(IncidentColumns.row(zone()), Api.items(api.get("/api/v1/alerts/tasks/" + taskId + "/incidents").path("items")));
        return 0;
    }
}
