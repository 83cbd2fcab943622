package dev.opstracker.bootstrap.cli.alert;

import dev.opstracker.bootstrap.cli.Column;
import java.time.ZoneId;
import java.util.List;

/** How incidents (a problem as its alerts report it) are shown. */
final class IncidentColumns {

    private IncidentColumns() {
    }

    static List<Column> row(ZoneId zone) {
        return List.of(Column.of("ID", "id"), Column.of("SOURCE", "source"), Column.of("STATUS", "status"), Column.of("SEVERITY", "severity"),
                Column.of("TASK", "taskId"), Column.of("FIRINGS", "occurrences"), Column.instant("FIRST", "firstSeenAt", zone),
                Column.instant("LAST", "lastSeenAt", zone), Column.instant("RESOLVED", "resolvedAt", zone), Column.of("SUMMARY", "summary"));
    }
}
