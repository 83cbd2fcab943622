package dev.opstracker.persistence.alert;

import static dev.opstracker.persistence.jooq.Tables.ALERT_INCIDENT;

import dev.opstracker.domain.alert.AlertGroup;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.IncidentWriter;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Sha256;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.jooq.tables.records.AlertIncidentRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** The {@code alert_incident} rows (and, through {@link GroupRows}, the storms), read and written in the caller's transaction. */
final class IncidentRows implements IncidentWriter.Rows {

    private static final byte OPEN = 1;

    private final DSLContext db;
    private final Connection connection;
    private final AlertStatements statements;
    /** The version each incident had when this transaction read it. */
    private final Map<Long, Long> versionsRead = new HashMap<>();
    private final GroupRows groups;

    /** Rows read and written in the transaction that {@code db} and {@code connection} share. */
    IncidentRows(DSLContext db, Connection connection, AlertStatements statements) {
        this.db = db;
        this.connection = connection;
        this.statements = statements;
        this.groups = new GroupRows(db);
    }

    static String keyHash(AlertSource source, String scope, String dedupKey) {
        return Sha256.hex(source.wireName(), scope, dedupKey);
    }

    @Override
    public long insert(Incident incident) {
        AlertIncidentRecord row = toRecord(incident);
        row.changed(ALERT_INCIDENT.ID, false);
        row.setVersion(1L);
        return db.insertInto(ALERT_INCIDENT).set(row).returningResult(ALERT_INCIDENT.ID).fetchOne().value1();
    }

    @Override
    public void update(Incident incident) {
        Long read = versionsRead.get(incident.id());
        if (read == null) {
            throw new IllegalStateException("incident " + incident.id() + " was not read in this transaction");
        }
        if (!jdbc(() -> statements.update(connection, incident, read))) {
            throw new DomainException.Conflict(DomainException.Conflict.CONCURRENT_WRITE,
                    "another event of alert %s was being stored at the same time; try again".formatted(incident.dedupKey()));
        }
        versionsRead.put(incident.id(), read + 1);
    }

    @Override
    public boolean anyOpenOn(TaskId taskId) {
        return db.fetchExists(ALERT_INCIDENT, ALERT_INCIDENT.TASK_ID.eq(taskId.value()), ALERT_INCIDENT.OPEN_MARKER.isNotNull());
    }

    @Override
    public Optional<AlertGroup> acceptingGroup(String key) {
        return groups.acceptingLocked(key);
    }

    @Override
    public long insertGroup(AlertGroup group) {
        return groups.insert(group);
    }

    @Override
    public void updateGroup(AlertGroup group) {
        groups.update(group);
    }

    @Override
    public void sealGroupsOf(TaskId taskId) {
        groups.sealAllOf(taskId);
    }

    /** The key's open incident, locked until the transaction ends, so that concurrent events of one key apply one after the other. */
    Optional<Incident> openLocked(String keyHash) {
        return jdbc(() -> statements.openLocked(connection, keyHash)).map(read -> {
            versionsRead.put(read.incident().id(), read.version());
            return read.incident();
        });
    }

    /**
     * The key's most recent incident, read after {@link #openLocked} found none open. Under READ
     * COMMITTED (H2) a writer may have opened one between the two reads; deciding on it would take a
     * new firing for a late copy, so that is a lost race to retry.
     */
    Optional<Incident> latestResolved(String keyHash) {
        Optional<Incident> latest = db.selectFrom(ALERT_INCIDENT).where(ALERT_INCIDENT.KEY_HASH.eq(keyHash))
                .orderBy(ALERT_INCIDENT.ID.desc()).limit(1).fetchOptional().map(this::remembered);
        if (latest.filter(Incident::isOpen).isPresent()) {
            throw new DomainException.Conflict(DomainException.Conflict.CONCURRENT_WRITE,
                    "alert %s was opened by another delivery at the same time; try again".formatted(latest.get().dedupKey()));
        }
        return latest;
    }

    /** Runs JDBC work of this transaction, reporting failures as jOOQ does, so that lost races and broken keys are told apart as for jOOQ's statements. */
    static <T> T jdbc(JdbcWork<T> work) {
        try {
            return work.run();
        } catch (SQLException failure) {
            throw new DataAccessException("alert intake statement failed: " + failure.getMessage(), failure);
        }
    }

    @FunctionalInterface
    interface JdbcWork<T> {
        T run() throws SQLException;
    }

    private Incident remembered(AlertIncidentRecord row) {
        versionsRead.put(row.getId(), row.getVersion());
        return toIncident(row);
    }

    static Incident toIncident(AlertIncidentRecord row) {
        return new Incident(row.getId(), AlertSource.parse("source", row.getSource()), row.getScope(), row.getDedupKey(), row.getTaskId() == null ? null : TaskId.of(row.getTaskId()),
                AlertStatus.valueOf(row.getStatus()), Severity.valueOf(row.getSeverity()), row.getSummary(), row.getAlertName(), row.getStartsAt(),
                row.getEndsAt(), row.getFirstSeenAt(), row.getLastSeenAt(), row.getResolvedAt(), row.getOccurrences());
    }

    private static AlertIncidentRecord toRecord(Incident incident) {
        AlertIncidentRecord row = new AlertIncidentRecord();
        row.setId(incident.id());
        row.setSource(incident.source().wireName());
        row.setScope(incident.scope());
        row.setDedupKey(incident.dedupKey());
        row.setKeyHash(keyHash(incident.source(), incident.scope(), incident.dedupKey()));
        row.setOpenMarker(incident.isOpen() ? OPEN : null);
        row.setTaskId(incident.taskId() == null ? null : incident.taskId().value());
        row.setStatus(incident.status().name());
        row.setSeverity(incident.severity().name());
        row.setSummary(incident.summary());
        row.setAlertName(incident.alertName());
        row.setStartsAt(incident.startsAt());
        row.setEndsAt(incident.endsAt());
        row.setFirstSeenAt(incident.firstSeenAt());
        row.setLastSeenAt(incident.lastSeenAt());
        row.setResolvedAt(incident.resolvedAt());
        row.setOccurrences(incident.occurrences());
        return row;
    }
}
