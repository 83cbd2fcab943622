package dev.opstracker.persistence.time;

import static dev.opstracker.persistence.jooq.Tables.TIME_ENTRY;

import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.domain.time.TimeEntryId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;

/**
 * Time entries read straight off a JDBC result set, for reports over hundreds of thousands of
 * rows: building a jOOQ record per row and checking each billing code and zone anew cost more
 * than the database's own work. Codes, zones and activities repeat, so each distinct text is
 * parsed once per read. Columns come in the order of {@link #COLUMNS}.
 */
final class TimeEntryResultSet {

    static final List<Field<?>> COLUMNS = List.of(TIME_ENTRY.ID, TIME_ENTRY.TASK_ID, TIME_ENTRY.USER_NAME, TIME_ENTRY.STARTED_AT,
            TIME_ENTRY.ENDED_AT, TIME_ENTRY.ZONE, TIME_ENTRY.CLIENT_CODE, TIME_ENTRY.PROJECT_CODE, TIME_ENTRY.BILLABLE, TIME_ENTRY.NOTE,
            TIME_ENTRY.ACTIVITY, TIME_ENTRY.CREATED_AT, TIME_ENTRY.UPDATED_AT, TIME_ENTRY.VERSION);

    private final ResultSet rows;
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<String, BillingCode> codes = new HashMap<>();
    private final Map<String, Activity> activities = new HashMap<>();

    private TimeEntryResultSet(ResultSet rows) {
        this.rows = rows;
    }

    /** The rows as entries, read as the stream is consumed; closing the stream closes the result set. */
    static Stream<TimeEntry> stream(ResultSet rows) {
        TimeEntryResultSet reader = new TimeEntryResultSet(rows);
        Spliterator<TimeEntry> entries = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super TimeEntry> action) {
                return reader.next(action);
            }
        };
        return StreamSupport.stream(entries, false).onClose(reader::close);
    }

    private boolean next(Consumer<? super TimeEntry> action) {
        try {
            if (!rows.next()) {
                return false;
            }
            action.accept(entry());
            return true;
        } catch (SQLException failure) {
            throw new DataAccessException("reading time entries failed", failure);
        }
    }

    private TimeEntry entry() throws SQLException {
        TimeEntryDetails details = new TimeEntryDetails(TaskId.of(rows.getLong(2)), rows.getString(3), instant(4), instant(5),
                zones.computeIfAbsent(rows.getString(6), ZoneId::of), code(7), code(8), rows.getBoolean(9), rows.getString(10),
                activities.computeIfAbsent(rows.getString(11), Activity::parse));
        return new TimeEntry(TimeEntryId.of(rows.getLong(1)), details, instant(12), instant(13), rows.getLong(14));
    }

    private Instant instant(int column) throws SQLException {
        LocalDateTime utc = rows.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private BillingCode code(int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : codes.computeIfAbsent(text, BillingCode::new);
    }

    private void close() {
        try {
            rows.close();
        } catch (SQLException failure) {
            throw new DataAccessException("closing a read of time entries failed", failure);
        }
    }
}
