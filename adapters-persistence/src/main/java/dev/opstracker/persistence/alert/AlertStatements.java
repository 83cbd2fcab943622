package dev.opstracker.persistence.alert;

import static dev.opstracker.persistence.jooq.Tables.ALERT_DELIVERY;
import static dev.opstracker.persistence.jooq.Tables.ALERT_EVENT;
import static dev.opstracker.persistence.jooq.Tables.ALERT_INCIDENT;

import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Delivery;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.UtcInstantConverter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The statements every alert runs (keep the delivery, look up the event and the open incident, fold,
 * record the outcome) as JDBC on the transaction's connection, their SQL rendered by jOOQ once:
 * rendering a query per alert took most of the intake's time on embedded H2, as it did for task inserts.
 */
final class AlertStatements {

    private static final UtcInstantConverter INSTANTS = new UtcInstantConverter();
    private static final byte OPEN = 1;
    private static final int MAX_REASON_LENGTH = 512;

    private final String insertDelivery;
    private final String selectOutcome;
    private final String lockOpen;
    private final String selectOpen;
    private final String updateIncident;
    private final String insertOutcome;
    private final String touchLastSeen;

    AlertStatements(DSLContext dsl) {
        insertDelivery = dsl.render(dsl.insertInto(ALERT_DELIVERY, ALERT_DELIVERY.SOURCE, ALERT_DELIVERY.RECEIVED_AT, ALERT_DELIVERY.BODY,
                ALERT_DELIVERY.BODY_SIZE, ALERT_DELIVERY.TRUNCATED).values(null, null, null, null, (Boolean) null));
        selectOutcome = dsl.render(dsl.select(ALERT_EVENT.OUTCOME, ALERT_EVENT.TASK_ID, ALERT_EVENT.INCIDENT_ID, ALERT_EVENT.REASON).from(ALERT_EVENT)
                .where(ALERT_EVENT.EVENT_HASH.eq(DSL.param("hash", String.class))));
        // An update that changes nothing locks the row as SELECT ... FOR UPDATE would; H2 parses a FOR UPDATE query on every
        // call (it does not cache it), while it keeps this update and the plain select that follows parsed.
        lockOpen = dsl.render(dsl.update(ALERT_INCIDENT).set(ALERT_INCIDENT.VERSION, ALERT_INCIDENT.VERSION)
                .where(ALERT_INCIDENT.KEY_HASH.eq(DSL.param("hash", String.class)), ALERT_INCIDENT.OPEN_MARKER.eq(DSL.inline(OPEN))));
        selectOpen = dsl.render(dsl.selectFrom(ALERT_INCIDENT)
                .where(ALERT_INCIDENT.KEY_HASH.eq(DSL.param("hash", String.class)), ALERT_INCIDENT.OPEN_MARKER.eq(DSL.inline(OPEN))));
        updateIncident = dsl.render(dsl.update(ALERT_INCIDENT)
                .set(ALERT_INCIDENT.TASK_ID, (Long) null).set(ALERT_INCIDENT.OPEN_MARKER, (Byte) null).set(ALERT_INCIDENT.STATUS, (String) null)
                .set(ALERT_INCIDENT.SEVERITY, (String) null).set(ALERT_INCIDENT.SUMMARY, (String) null).set(ALERT_INCIDENT.STARTS_AT, (Instant) null)
                .set(ALERT_INCIDENT.ENDS_AT, (Instant) null).set(ALERT_INCIDENT.FIRST_SEEN_AT, (Instant) null)
                .set(ALERT_INCIDENT.LAST_SEEN_AT, (Instant) null).set(ALERT_INCIDENT.RESOLVED_AT, (Instant) null)
                .set(ALERT_INCIDENT.OCCURRENCES, (Long) null).set(ALERT_INCIDENT.VERSION, (Long) null)
                .where(ALERT_INCIDENT.ID.eq(DSL.param("id", Long.class)), ALERT_INCIDENT.VERSION.eq(DSL.param("read", Long.class))));
        touchLastSeen = dsl.render(dsl.update(ALERT_INCIDENT).set(ALERT_INCIDENT.LAST_SEEN_AT, DSL.param("now", Instant.class))
                .where(ALERT_INCIDENT.ID.eq(DSL.param("id", Long.class)), ALERT_INCIDENT.OPEN_MARKER.eq(DSL.inline(OPEN)),
                        ALERT_INCIDENT.LAST_SEEN_AT.lt(DSL.param("before", Instant.class))));
        insertOutcome = dsl.render(dsl.insertInto(ALERT_EVENT, ALERT_EVENT.EVENT_HASH, ALERT_EVENT.DELIVERY_ID, ALERT_EVENT.OUTCOME, ALERT_EVENT.TASK_ID,
                ALERT_EVENT.INCIDENT_ID, ALERT_EVENT.REASON).values(null, null, null, null, null, (String) null));
    }

    long insertDelivery(Connection connection, Delivery delivery) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insertDelivery, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, delivery.source().wireName());
            statement.setObject(2, INSTANTS.to(delivery.receivedAt()));
            statement.setString(3, delivery.body());
            statement.setLong(4, delivery.size());
            statement.setBoolean(5, delivery.truncated());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<AlertOutcome> outcomeOf(Connection connection, String eventHash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(selectOutcome)) {
            statement.setString(1, eventHash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long taskId = row.getLong(2);
                TaskId task = row.wasNull() ? null : TaskId.of(taskId);
                long incidentId = row.getLong(3);
                return Optional.of(new AlertOutcome(AlertOutcome.Kind.valueOf(row.getString(1)), task, incidentId, row.getString(4), false));
            }
        }
    }

    /** The key's open incident and the version read, locked until the transaction ends. */
    Optional<VersionedIncident> openLocked(Connection connection, String keyHash) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(lockOpen)) {
            lock.setString(1, keyHash);
            lock.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(selectOpen)) {
            statement.setString(1, keyHash);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new VersionedIncident(incident(row), row.getLong(ALERT_INCIDENT.VERSION.getName()))) : Optional.empty();
            }
        }
    }

    /** Writes {@code incident} over the version read; false when another writer changed it meanwhile. */
    boolean update(Connection connection, Incident incident, long read) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(updateIncident)) {
            if (incident.taskId() == null) {
                statement.setNull(1, Types.BIGINT);
            } else {
                statement.setLong(1, incident.taskId().value());
            }
            if (incident.isOpen()) {
                statement.setByte(2, OPEN);
            } else {
                statement.setNull(2, Types.TINYINT);
            }
            statement.setString(3, incident.status().name());
            statement.setString(4, incident.severity().name());
            statement.setString(5, incident.summary());
            setInstant(statement, 6, incident.startsAt());
            setInstant(statement, 7, incident.endsAt());
            setInstant(statement, 8, incident.firstSeenAt());
            setInstant(statement, 9, incident.lastSeenAt());
            setInstant(statement, 10, incident.resolvedAt());
            statement.setLong(11, incident.occurrences());
            statement.setLong(12, read + 1);
            statement.setLong(13, incident.id());
            statement.setLong(14, read);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * The same event delivered again: the incident, if still open, was seen now. Its version stays, as
     * a fold that read it writes a last-seen time of its own and loses no count by this.
     */
    boolean seenAgain(Connection connection, long incidentId, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(touchLastSeen)) {
            statement.setObject(1, INSTANTS.to(now));
            statement.setLong(2, incidentId);
            statement.setObject(3, INSTANTS.to(now));
            return statement.executeUpdate() == 1;
        }
    }

    void insertOutcome(Connection connection, String eventHash, long deliveryId, AlertOutcome outcome) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insertOutcome)) {
            statement.setString(1, eventHash);
            statement.setLong(2, deliveryId);
            statement.setString(3, outcome.kind().name());
            if (outcome.taskId() == null) {
                statement.setNull(4, Types.BIGINT);
            } else {
                statement.setLong(4, outcome.taskId().value());
            }
            if (outcome.incidentId() == 0) {
                statement.setNull(5, Types.BIGINT);
            } else {
                statement.setLong(5, outcome.incidentId());
            }
            String reason = outcome.reason();
            statement.setString(6, reason == null || reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH));
            statement.executeUpdate();
        }
    }

    private static Incident incident(ResultSet row) throws SQLException {
        long taskId = row.getLong(ALERT_INCIDENT.TASK_ID.getName());
        TaskId task = row.wasNull() ? null : TaskId.of(taskId);
        return new Incident(row.getLong(ALERT_INCIDENT.ID.getName()), AlertSource.parse("source", row.getString(ALERT_INCIDENT.SOURCE.getName())),
                row.getString(ALERT_INCIDENT.SCOPE.getName()), row.getString(ALERT_INCIDENT.DEDUP_KEY.getName()), task,
                AlertStatus.valueOf(row.getString(ALERT_INCIDENT.STATUS.getName())), Severity.valueOf(row.getString(ALERT_INCIDENT.SEVERITY.getName())),
                row.getString(ALERT_INCIDENT.SUMMARY.getName()), row.getString(ALERT_INCIDENT.ALERT_NAME.getName()),
                instant(row, ALERT_INCIDENT.STARTS_AT.getName()), instant(row, ALERT_INCIDENT.ENDS_AT.getName()),
                instant(row, ALERT_INCIDENT.FIRST_SEEN_AT.getName()), instant(row, ALERT_INCIDENT.LAST_SEEN_AT.getName()),
                instant(row, ALERT_INCIDENT.RESOLVED_AT.getName()), row.getLong(ALERT_INCIDENT.OCCURRENCES.getName()));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : INSTANTS.from(value);
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, INSTANTS.to(instant));
        }
    }

    /** An incident with the version its row had when read. */
    record VersionedIncident(Incident incident, long version) {
    }
}
