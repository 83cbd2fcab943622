package dev.opstracker.bootstrap.cli.infra;

import dev.opstracker.bootstrap.cli.Column;
import java.time.ZoneId;
import java.util.List;

/** How components are shown: a row of a list, and the whole of one component. */
final class ComponentColumns {

    static final List<Column> ROW = List.of(Column.of("ID", "id"), Column.of("PATH", "path"), Column.of("KIND", "kind"),
            Column.of("PROVIDER", "provider"), Column.pairs("TAGS", "tags"));

    private ComponentColumns() {
    }

    static List<Column> record(ZoneId zone) {
        return List.of(Column.of("ID", "id"), Column.of("Path", "path"), Column.of("Name", "name"), Column.of("Kind", "kind"),
                Column.of("Parent", "parent"), Column.of("Provider", "provider"), Column.of("External id", "externalId"), Column.pairs("Tags", "tags"),
                Column.pairs("Effective tags", "effectiveTags"), Column.instant("Created", "createdAt", zone), Column.instant("Updated", "updatedAt", zone),
                Column.of("Version", "version"));
    }
}
