package dev.opstracker.persistence.alert;

import static dev.opstracker.persistence.jooq.Tables.ALERT_DELIVERY;
import static dev.opstracker.persistence.jooq.Tables.ALERT_EVENT;
import static dev.opstracker.persistence.jooq.Tables.ALERT_INCIDENT;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Delivery;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.IncidentRules;
import dev.opstracker.domain.alert.IncidentWriter;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.shared.Sha256;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.LockRaces;
import dev.opstracker.persistence.task.JooqTaskStore;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;

/**
 * An {@link AlertStore} in the {@code alert_delivery}, {@code alert_incident} and
 * {@code alert_event} tables, writing the tasks it opens and closes through a {@link JooqTaskStore}
 * in the same transaction. A concurrent writer that opened the same incident or handled the same
 * event first breaks a unique key; the transaction then rolls back whole and the call fails as a lost
 * race, which the caller retries and which then sees the other writer's work.
 */
public final class JooqAlertStore implements AlertStore {

    private final DSLContext dsl;
    private final AlertStatements statements;
    private final JooqTaskStore tasks;

    public JooqAlertStore(Database database) {
        this(requireNonNull(database, "database is null").dsl());
    }

    public JooqAlertStore(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
        this.statements = new AlertStatements(dsl);
        this.tasks = new JooqTaskStore(dsl);
    }

    @Override
    public List<AlertOutcome> record(Delivery delivery, List<Alert> alerts, AlertRules rules, Instant now) {
        requireNonNull(delivery, "delivery is null");
        requireNonNull(alerts, "alerts is null");
        try {
            return readCommitted((connection, transaction) -> {
                DSLContext db = transaction.dsl();
                long deliveryId = IncidentRows.jdbc(() -> statements.insertDelivery(connection, delivery));
                IncidentRows incidents = new IncidentRows(db, connection, statements);
                IncidentWriter writer = new IncidentWriter(incidents, tasks.boundTo(db));
                List<AlertOutcome> outcomes = new ArrayList<>(alerts.size());
                for (Alert alert : alerts) {
                    outcomes.add(apply(connection, incidents, writer, deliveryId, alert, rules.select(alert), now));
                }
                return outcomes;
            });
        } catch (DataAccessException failure) {
            if (LockRaces.lost(failure) || failure.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw new DomainException.Conflict(DomainException.Conflict.CONCURRENT_WRITE,
                        "another delivery of the same alerts was being stored at the same time; try again");
            }
            throw failure;
        }
    }

    /**
     * Runs {@code work} in a READ COMMITTED transaction. Under MariaDB's default REPEATABLE READ the
     * locking read of a key with no open incident takes a gap lock, so concurrent first firings of
     * one key all lock the gap and then deadlock on their inserts, round after round; under READ
     * COMMITTED the second insert waits for the first and then breaks the unique key once, and its
     * retry folds. (H2 runs READ COMMITTED already.)
     */
    private <T> T readCommitted(Work<T> work) {
        return dsl.connectionResult(connection -> DSL.using(connection, dsl.dialect(), dsl.settings()).transactionResult(transaction -> {
            if (dsl.dialect().family() != SQLDialect.H2) {
                // One statement for this transaction only, instead of setting the connection's level and restoring it (two round trips more).
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
                }
            }
            return work.run(connection, transaction);
        }));
    }


    /** Work in a transaction whose JDBC connection and jOOQ configuration are both at hand. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection, Configuration transaction) throws Exception;
    }

    private AlertOutcome apply(Connection connection, IncidentRows incidents, IncidentWriter writer, long deliveryId, Alert alert, AlertRule rule,
            Instant now) {
        String eventHash = Sha256.hex(alert.source().wireName(), alert.scope(), alert.eventKey());
        Optional<AlertOutcome> seen = IncidentRows.jdbc(() -> statements.outcomeOf(connection, eventHash));
        if (seen.isPresent()) {
            if (seen.get().incidentId() != 0) {
                IncidentRows.jdbc(() -> statements.seenAgain(connection, seen.get().incidentId(), now));
            }
            return seen.get().asDuplicate();
        }
        String keyHash = IncidentRows.keyHash(alert.source(), alert.scope(), alert.dedupKey());
        Optional<Incident> open = incidents.openLocked(keyHash);
        Optional<Incident> latest = open.isPresent() ? Optional.empty() : incidents.latestResolved(keyHash);
        AlertOutcome outcome = writer.apply(IncidentRules.decide(alert, open, latest, rule, now), alert, rule, now);
        IncidentRows.jdbc(() -> {
            statements.insertOutcome(connection, eventHash, deliveryId, outcome);
            return null;
        });
        return outcome;
    }

    @Override
    public Optional<Incident> findOpen(AlertSource source, String scope, String dedupKey) {
        return dsl.selectFrom(ALERT_INCIDENT)
                .where(ALERT_INCIDENT.KEY_HASH.eq(IncidentRows.keyHash(source, scope, dedupKey)), ALERT_INCIDENT.OPEN_MARKER.isNotNull())
                .fetchOptional().map(IncidentRows::toIncident);
    }

    @Override
    public Page<Incident> pending(PageRequest page) {
        Condition waiting = DSL.and(ALERT_INCIDENT.OPEN_MARKER.isNotNull(), ALERT_INCIDENT.TASK_ID.isNull());
        List<Incident> items = dsl.selectFrom(ALERT_INCIDENT).where(waiting, ALERT_INCIDENT.ID.gt(page.afterId())).orderBy(ALERT_INCIDENT.ID)
                .limit(page.limit() + 1).fetch(IncidentRows::toIncident);
        return Page.ofLookahead(items, page, () -> dsl.fetchCount(ALERT_INCIDENT, waiting), Incident::id);
    }

    @Override
    public List<Incident> incidentsOf(TaskId taskId) {
        return dsl.selectFrom(ALERT_INCIDENT).where(ALERT_INCIDENT.TASK_ID.eq(taskId.value())).orderBy(ALERT_INCIDENT.ID)
                .fetch(IncidentRows::toIncident);
    }

    @Override
    public Page<Incident> seenSince(Instant since, PageRequest page) {
        Condition seen = ALERT_INCIDENT.LAST_SEEN_AT.ge(since);
        List<Incident> items = dsl.selectFrom(ALERT_INCIDENT).where(seen, ALERT_INCIDENT.ID.gt(page.afterId())).orderBy(ALERT_INCIDENT.ID)
                .limit(page.limit() + 1).fetch(IncidentRows::toIncident);
        return Page.ofLookahead(items, page, () -> dsl.fetchCount(ALERT_INCIDENT, seen), Incident::id);
    }

    @Override
    public long deliveryCount() {
        return dsl.fetchCount(ALERT_DELIVERY);
    }

    /** How many events have a stored outcome; for tests and diagnostics. */
    public long eventCount() {
        return dsl.fetchCount(ALERT_EVENT);
    }
}
