package dev.opstracker.bootstrap.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.opstracker.domain.alert.AlertRulesCodec;
import dev.opstracker.domain.alert.AlertRulesStore;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.DeadLetterStore;
import dev.opstracker.domain.audit.AuditStore;
import dev.opstracker.domain.infra.ComponentRulesStore;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.domain.security.TokenStore;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.domain.time.BillingStore;
import dev.opstracker.domain.time.TimeEntryStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.alert.JooqAlertRulesStore;
import dev.opstracker.persistence.alert.JooqAlertStore;
import dev.opstracker.persistence.alert.JooqDeadLetterStore;
import dev.opstracker.persistence.audit.JooqAuditStore;
import dev.opstracker.persistence.infra.JooqComponentRulesStore;
import dev.opstracker.persistence.infra.JooqComponentStore;
import dev.opstracker.persistence.infra.JooqLinkedWork;
import dev.opstracker.persistence.runbook.JooqRunbookStore;
import dev.opstracker.persistence.security.JooqTokenStore;
import dev.opstracker.persistence.task.JooqTaskStore;
import dev.opstracker.persistence.time.JooqBillingStore;
import dev.opstracker.persistence.time.JooqTimeEntryStore;
import java.time.InstantSource;

/**
 * The stores over an already opened database. Opening and migrating happen before the injector
 * is built, so that building it does no I/O.
 */
public final class PersistenceModule extends AbstractModule {

    private final Database database;

    public PersistenceModule(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    @Override
    protected void configure() {
        bind(Database.class).toInstance(database);
    }

    @Provides
    @Singleton
    static TaskStore taskStore(Database database) {
        return new JooqTaskStore(database);
    }

    @Provides
    @Singleton
    static ComponentStore componentStore(Database database) {
        return new JooqComponentStore(database);
    }

    @Provides
    @Singleton
    static LinkedWork linkedWork(Database database) {
        return new JooqLinkedWork(database);
    }

    @Provides
    @Singleton
    static ComponentRulesStore componentRulesStore(Database database) {
        return new JooqComponentRulesStore(database);
    }

    @Provides
    @Singleton
    static AlertStore alertStore(Database database) {
        return new JooqAlertStore(database);
    }

    @Provides
    @Singleton
    static AlertRulesStore alertRulesStore(Database database, AlertRulesCodec codec) {
        return new JooqAlertRulesStore(database, codec);
    }

    @Provides
    @Singleton
    static DeadLetterStore deadLetterStore(Database database) {
        return new JooqDeadLetterStore(database);
    }

    @Provides
    @Singleton
    static TimeEntryStore timeEntryStore(Database database) {
        return new JooqTimeEntryStore(database);
    }

    @Provides
    @Singleton
    static BillingStore billingStore(Database database, InstantSource clock) {
        return new JooqBillingStore(database, clock);
    }

    /** Rebuilds each runbook from the canonical document it keeps. */
    @Provides
    @Singleton
    static RunbookStore runbookStore(Database database, RunbookDocuments documents) {
        return new JooqRunbookStore(database, documents::read);
    }

    @Provides
    @Singleton
    static TokenStore tokenStore(Database database) {
        return new JooqTokenStore(database);
    }

    @Provides
    @Singleton
    static AuditStore auditStore(Database database) {
        return new JooqAuditStore(database);
    }
}
