package dev.opstracker.persistence.time;

import static dev.opstracker.persistence.jooq.Tables.BILLING_CLIENT;
import static dev.opstracker.persistence.jooq.Tables.BILLING_PROJECT;
import static dev.opstracker.persistence.jooq.Tables.BILLING_RATE;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.BillingConflicts;
import dev.opstracker.domain.time.BillingStore;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Project;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.LockRaces;
import dev.opstracker.persistence.jooq.tables.records.BillingClientRecord;
import dev.opstracker.persistence.jooq.tables.records.BillingProjectRecord;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/**
 * A {@link BillingStore} in the {@code billing_client}, {@code billing_project} and
 * {@code billing_rate} tables. Each call is one statement; the primary and unique keys, not a
 * check before the write, decide duplicates, so nodes sharing the database agree.
 */
public final class JooqBillingStore implements BillingStore {

    private final DSLContext dsl;
    private final InstantSource clock;

    /** {@code clock} stamps when rows were created and changed, for whoever audits the tables. */
    public JooqBillingStore(Database database, InstantSource clock) {
        this.dsl = requireNonNull(database, "database is null").dsl();
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Client addClient(Client client, HourlyRate firstRate) {
        Instant now = clock.instant();
        // One transaction, so a refused rate leaves no client without it; after the rollback, the client being there says which key refused.
        writing(() -> dsl.transaction(transaction -> {
            transaction.dsl().insertInto(BILLING_CLIENT).set(BillingRows.toRecord(client, now, now)).execute();
            insertRate(transaction.dsl(), firstRate, now);
        }), () -> firstRate == null || client(client.code()).isPresent() ? BillingConflicts.duplicateClient(client.code())
                : BillingConflicts.duplicateRate(firstRate));
        return client;
    }

    @Override
    public Client updateClient(Client client) {
        BillingClientRecord row = BillingRows.toRecord(client, null, clock.instant());
        // Only updated_at changes among the timestamps: created_at stays as it was.
        row.changed(BILLING_CLIENT.CREATED_AT, false);
        int updated = dsl.update(BILLING_CLIENT).set(row).where(BILLING_CLIENT.CODE.eq(client.code().value())).execute();
        if (updated == 0) {
            throw BillingConflicts.unknownClient(client.code());
        }
        return client;
    }

    @Override
    public Optional<Client> client(BillingCode code) {
        return dsl.selectFrom(BILLING_CLIENT).where(BILLING_CLIENT.CODE.eq(code.value())).fetchOptional().map(BillingRows::toClient);
    }

    @Override
    public List<Client> clients() {
        return dsl.selectFrom(BILLING_CLIENT).orderBy(BILLING_CLIENT.CODE).fetch(BillingRows::toClient);
    }

    @Override
    public Project addProject(Project project, HourlyRate firstRate) {
        Instant now = clock.instant();
        // Any key may refuse: the client's foreign key, the project's primary key or the rate's unique key. Clients are never
        // deleted, so a client present after the failure was present during it; then the project, if present, was the duplicate.
        writing(() -> dsl.transaction(transaction -> {
            transaction.dsl().insertInto(BILLING_PROJECT).set(BillingRows.toRecord(project, now, now)).execute();
            insertRate(transaction.dsl(), firstRate, now);
        }), () -> client(project.client()).isEmpty() ? BillingConflicts.unknownClient(project.client())
                : firstRate == null || project(project.client(), project.code()).isPresent() ? BillingConflicts.duplicateProject(project)
                : BillingConflicts.duplicateRate(firstRate));
        return project;
    }

    @Override
    public Project updateProject(Project project) {
        BillingProjectRecord row = BillingRows.toRecord(project, null, clock.instant());
        row.changed(BILLING_PROJECT.CREATED_AT, false);
        int updated = dsl.update(BILLING_PROJECT).set(row).where(BILLING_PROJECT.CLIENT_CODE.eq(project.client().value()), BILLING_PROJECT.CODE.eq(project.code().value())).execute();
        if (updated == 0) {
            throw BillingConflicts.unknownProject(project.client(), project.code());
        }
        return project;
    }

    @Override
    public Optional<Project> project(BillingCode client, BillingCode code) {
        return dsl.selectFrom(BILLING_PROJECT).where(BILLING_PROJECT.CLIENT_CODE.eq(client.value()), BILLING_PROJECT.CODE.eq(code.value()))
                .fetchOptional().map(BillingRows::toProject);
    }

    @Override
    public List<Project> projects(BillingCode client) {
        return dsl.selectFrom(BILLING_PROJECT).where(client == null ? BILLING_PROJECT.CODE.isNotNull() : BILLING_PROJECT.CLIENT_CODE.eq(client.value()))
                .orderBy(BILLING_PROJECT.CLIENT_CODE, BILLING_PROJECT.CODE).fetch(BillingRows::toProject);
    }

    @Override
    public HourlyRate addRate(HourlyRate rate) {
        writing(() -> insertRate(dsl, rate, clock.instant()), () -> BillingConflicts.duplicateRate(rate));
        return rate;
    }

    private static void insertRate(DSLContext db, HourlyRate rate, Instant now) {
        if (rate != null) {
            db.insertInto(BILLING_RATE).set(BillingRows.toRecord(rate, now)).execute();
        }
    }

    @Override
    public List<HourlyRate> rates() {
        // '' (any) sorts first, so within each client, project and activity the order is by date alone.
        return dsl.selectFrom(BILLING_RATE)
                .orderBy(BILLING_RATE.CLIENT_CODE, BILLING_RATE.PROJECT_CODE, BILLING_RATE.ACTIVITY, BILLING_RATE.VALID_FROM)
                .fetch(BillingRows::toRate);
    }

    /** Runs an insert, reporting a broken key (SQLState class 23) as {@code refused}, never as a jOOQ exception. */
    private static void writing(Runnable insert, Supplier<DomainException> refused) {
        try {
            insert.run();
        } catch (DataAccessException failure) {
            if (LockRaces.lost(failure)) {
                throw new DomainException.Conflict(DomainException.Conflict.CONCURRENT_WRITE,
                        "another change to the same billing data was being written at the same time; try again");
            }
            if (failure.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw refused.get();
            }
            throw failure;
        }
    }
}
