package dev.opstracker.persistence;

import static dev.opstracker.persistence.jooq.Tables.COMMAND_RUN;
import static dev.opstracker.persistence.jooq.Tables.TIME_ENTRY;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jooq.impl.DSL;

/**
 * Figures about what the database holds, for gauges. Each is one statement; callers cache them, since
 * {@link #storedOutputBytes()} reads every command run's row.
 */
public final class StoredFigures {

    private final Database database;

    public StoredFigures(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    /** How many timers run now, over every user: a count on the running-marker index. */
    public long runningTimers() {
        return database.dsl().fetchCount(TIME_ENTRY, TIME_ENTRY.RUNNING_MARKER.isNotNull());
    }

    /** The command output bytes recorded, stdout and stderr, as captured (before compression and sealing). */
    public long storedOutputBytes() {
        BigDecimal total = database.dsl().select(DSL.sum(COMMAND_RUN.STDOUT_SIZE.plus(COMMAND_RUN.STDERR_SIZE))).from(COMMAND_RUN).fetchOne(0, BigDecimal.class);
        return total == null ? 0 : total.longValueExact();
    }
}
