package dev.opstracker.bootstrap.cli.time;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Column;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** How time entries are shown. */
final class TimeColumns {

    private TimeColumns() {
    }

    static List<Column> entry(ZoneId zone) {
        return List.of(Column.of("ID", "id"), Column.of("TASK", "taskId"), Column.of("USER", "user"), Column.instant("START", "start", zone),
                Column.instant("END", "end", zone), new Column("DURATION", TimeColumns::duration), Column.of("CLIENT", "client"),
                Column.of("PROJECT", "project"), Column.of("ACTIVITY", "activity"), Column.of("NOTE", "note"));
    }

    /** {@code 1h 05m}: hours and minutes, as people read a timer. */
    static String duration(JsonNode entry) {
        Duration duration = Duration.ofSeconds(entry.path("durationSeconds").asLong());
        return "%dh %02dm".formatted(duration.toHours(), duration.toMinutesPart());
    }
}
