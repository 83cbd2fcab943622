package dev.opstracker.bootstrap.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import dev.opstracker.application.alert.AlertComponents;
import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.application.alert.DeadLetters;
import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.backup.BackupService;
import dev.opstracker.application.infra.ComponentImport;
import dev.opstracker.application.infra.InfrastructureRules;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.application.infra.WorkConflicts;
import dev.opstracker.application.infra.WorkOverview;
import dev.opstracker.application.runbook.DriftWatch;
import dev.opstracker.application.runbook.RunbookService;
import dev.opstracker.application.runbook.RunbookSuggestions;
import dev.opstracker.application.security.TokenService;
import dev.opstracker.application.task.TaskLifecycleListener;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.application.time.BillingReports;
import dev.opstracker.application.time.OperationsCostReport;
import dev.opstracker.application.time.TimeExports;
import dev.opstracker.application.time.DraftTimesheets;
import dev.opstracker.application.time.TimeSettings;
import dev.opstracker.application.time.TimeTracking;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.bootstrap.TimeSettingsVariables;
import dev.opstracker.bootstrap.backup.TemporaryBackups;
import dev.opstracker.domain.backup.BackupArchiver;
import dev.opstracker.export.runbook.JgitRunbookArchive;
import dev.opstracker.persistence.Database;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/** The use-case services, the clock, the settings and the rules the services apply. */
public final class CoreModule extends AbstractModule {

    /** A temporary backup directory unchanged this long is a leftover: one being written or sent changes all the time. */
    private static final Duration LEFTOVER_BACKUP_IDLE = Duration.ofMinutes(10);

    private final Settings settings;

    public CoreModule(Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    protected void configure() {
        binder().disableCircularProxies();
        binder().requireAtInjectOnConstructors();
        binder().requireExplicitBindings();
        bind(Settings.class).toInstance(settings);
        bind(InstantSource.class).toInstance(InstantSource.system());
        // Kinds and parenting rules come from the database (ComponentRulesStore), so every node applies the same ones.
        bind(InfrastructureRules.class).in(Scopes.SINGLETON);
        bind(AuditLog.class).in(Scopes.SINGLETON);
        bind(TaskService.class).in(Scopes.SINGLETON);
        bind(TokenService.class).in(Scopes.SINGLETON);
        bind(InfrastructureService.class).in(Scopes.SINGLETON);
        bind(TaskLinkService.class).in(Scopes.SINGLETON);
        bind(ComponentImport.class).in(Scopes.SINGLETON);
        bind(AlertRouting.class).in(Scopes.SINGLETON);
        bind(AlertComponents.class).in(Scopes.SINGLETON);
        bind(AlertIntake.class).in(Scopes.SINGLETON);
        bind(DeadLetters.class).in(Scopes.SINGLETON);
        bind(WorkConflicts.class).in(Scopes.SINGLETON);
        bind(WorkOverview.class).in(Scopes.SINGLETON);
        bind(TimeTracking.class).in(Scopes.SINGLETON);
        bind(BillingAccounts.class).in(Scopes.SINGLETON);
        bind(BillingReports.class).in(Scopes.SINGLETON);
        bind(OperationsCostReport.class).in(Scopes.SINGLETON);
        bind(TimeExports.class).in(Scopes.SINGLETON);
        bind(DraftTimesheets.class).in(Scopes.SINGLETON);
        bind(RunbookService.class).in(Scopes.SINGLETON);
        bind(RunbookSuggestions.class).in(Scopes.SINGLETON);
        bind(DriftWatch.class).in(Scopes.SINGLETON);
        bind(BackupService.class).in(Scopes.SINGLETON);
    }

    /**
     * Tasks opened by alerts get matching runbooks suggested; tasks closed DONE count for them, then have their drift
     * from each proposed for review when they went another way.
     */
    @Provides
    @Singleton
    static TaskLifecycleListener taskLifecycleListener(RunbookSuggestions suggestions, DriftWatch drift) {
        return TaskLifecycleListener.all(List.of(suggestions, drift));
    }

    /** A drift proposal that failed is logged as a warning; the task it was for closes all the same. */
    @Provides
    @Singleton
    static DriftWatch.Failures driftFailures() {
        return new LoggedDriftFailures();
    }

    /** Backups the API sends are written whole into the data directory first (its volume is the one the storage watch measures). */
    @Provides
    @Singleton
    static BackupArchiver backupArchiver(Database database, Settings settings, JgitRunbookArchive runbooks, InstantSource clock) {
        TemporaryBackups backups = new TemporaryBackups(database, settings.dataDirectory(), runbooks, clock);
        backups.sweep(LEFTOVER_BACKUP_IDLE);
        return backups;
    }

    /** From the OPSTRACKER_TIME_* variables; the defaults where unset. */
    @Provides
    @Singleton
    static TimeSettings timeSettings() {
        return TimeSettingsVariables.from(System::getenv);
    }
}
