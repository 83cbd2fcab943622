package dev.opstracker.bootstrap.cli.task;

import dev.opstracker.bootstrap.cli.Column;
import java.time.ZoneId;
import java.util.List;

/** How tasks are shown: a row of a list, and the whole of one task. */
final class TaskColumns {

    static final List<Column> ROW = List.of(Column.of("ID", "id"), Column.of("STATUS", "status"), Column.of("PRIORITY", "priority"),
            Column.of("TITLE", "title"), Column.of("ASSIGNEE", "assignee"), Column.of("CLIENT", "client"), Column.of("PROJECT", "project"));

    private TaskColumns() {
    }

    static List<Column> record(ZoneId zone) {
        return List.of(Column.of("ID", "id"), Column.of("Title", "title"), Column.of("Status", "status"), Column.of("Priority", "priority"),
                Column.of("Assignee", "assignee"), Column.of("Reporter", "reporter"), Column.of("Client", "client"), Column.of("Project", "project"),
                Column.instant("Due", "dueAt", zone), Column.pairs("Attributes", "attributes"), Column.of("Description", "description"),
                Column.instant("Created", "createdAt", zone), Column.instant("Updated", "updatedAt", zone),
                Column.instant("Completed", "completedAt", zone), Column.of("Version", "version"));
    }
}
