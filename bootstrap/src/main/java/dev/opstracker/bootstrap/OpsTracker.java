package dev.opstracker.bootstrap;

import static java.util.Objects.requireNonNull;

import com.google.inject.Injector;
import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.application.alert.DeadLetters;
import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.command.CommandHistory;
import dev.opstracker.application.command.KeyRotation;
import dev.opstracker.application.infra.ComponentImport;
import dev.opstracker.application.infra.InfrastructureRules;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.application.infra.WorkConflicts;
import dev.opstracker.application.infra.WorkOverview;
import dev.opstracker.application.runbook.RunbookService;
import dev.opstracker.application.security.TokenService;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.application.time.BillingReports;
import dev.opstracker.application.time.OperationsCostReport;
import dev.opstracker.application.time.TimeExports;
import dev.opstracker.application.time.DraftTimesheets;
import dev.opstracker.application.time.TimeTracking;
import dev.opstracker.bootstrap.backup.BackupException;
import dev.opstracker.bootstrap.backup.BackupProgress;
import dev.opstracker.bootstrap.backup.BackupRestorer;
import dev.opstracker.bootstrap.backup.BackupSummary;
import dev.opstracker.bootstrap.backup.BackupWriter;
import dev.opstracker.bootstrap.backup.RestoreSummary;
import dev.opstracker.export.runbook.JgitRunbookArchive;
import dev.opstracker.http.ApiServer;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.security.MasterKeys;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * OpsTracker as a library: one object to hold, giving the use-case services over a migrated
 * store. Close it to release what it opened, in reverse order: the HTTP API if started, the
 * runbook archive, then the database.
 *
 * <pre>{@code
 * try (OpsTracker ops = OpsTracker.embedded(Path.of("/var/lib/opstracker"))) {
 *     Task task = ops.tasks().create(TaskDetails.titled("Rotate TLS cert"));
 * }
 * }</pre>
 */
public final class OpsTracker implements AutoCloseable {

    private final Database database;
    private final Injector injector;
    private ApiServer apiServer;

    private OpsTracker(Database database, Injector injector) {
        this.database = requireNonNull(database, "database is null");
        this.injector = requireNonNull(injector, "injector is null");
    }

    /** OpsTracker over an embedded H2 database in {@code dataDirectory}, created (owner-only) if missing. */
    public static OpsTracker embedded(Path dataDirectory) {
        return open(Settings.embedded(dataDirectory));
    }

    /** OpsTracker over the database the settings name, its schema migrated to the current version. */
    public static OpsTracker open(Settings settings) {
        OpsTrackerAssembly assembly = OpsTrackerAssembly.assemble(settings);
        return new OpsTracker(assembly.database(), assembly.injector());
    }

    /** Task management. */
    public TaskService tasks() {
        return injector.getInstance(TaskService.class);
    }

    /** The infrastructure map: components, their tree and tags, and queries over them. */
    public InfrastructureService infrastructure() {
        return injector.getInstance(InfrastructureService.class);
    }

    /** The kinds components may have and which kinds may parent which, shared by every node on the database. */
    public InfrastructureRules infrastructureRules() {
        return injector.getInstance(InfrastructureRules.class);
    }

    /** Which tasks touched which components. */
    public TaskLinkService links() {
        return injector.getInstance(TaskLinkService.class);
    }

    /** Bulk upsert of components from an inventory. */
    public ComponentImport componentImport() {
        return injector.getInstance(ComponentImport.class);
    }

    /** Starting work with a check for overlapping work in progress. */
    public WorkConflicts work() {
        return injector.getInstance(WorkConflicts.class);
    }

    /** Where the work is: open tasks per component, and the components most worked on in a span of time. */
    public WorkOverview workOverview() {
        return injector.getInstance(WorkOverview.class);
    }

    /** Alert intake: monitoring's deliveries opening, folding and resolving tasks. */
    public AlertIntake alerts() {
        return injector.getInstance(AlertIntake.class);
    }

    /** The rules alert intake follows, shared by every node on the database. */
    public AlertRouting alertRouting() {
        return injector.getInstance(AlertRouting.class);
    }

    /** Deliveries that could not be applied, for listing and replay. */
    public DeadLetters deadLetters() {
        return injector.getInstance(DeadLetters.class);
    }

    /** Command runs of tasks: executed here or recorded from elsewhere, outputs sealed at rest, searchable, tamper-evident. */
    public CommandCapture commands() {
        return injector.getInstance(CommandCapture.class);
    }

    /** A component's command history: the runs of the tasks linked to it (or its subtree), in time order. */
    public CommandHistory commandHistory() {
        return injector.getInstance(CommandHistory.class);
    }

    /**
     * Gives master key {@code keyName} ({@code default} or {@code client:<code>}) a new version and
     * rewraps every run's data key under it; the sealed outputs are not touched. Returns how many
     * runs were rewrapped.
     */
    public long rotateMasterKey(String keyName, KeyRotation.Progress progress) {
        storage().requireRoomToWrite();
        injector.getInstance(MasterKeys.class).rotate(keyName);
        return injector.getInstance(KeyRotation.class).rewrapAll(keyName, progress);
    }

    /**
     * Erases every version of a client's master key: the outputs and argv of that client's runs can
     * never be read again (crypto-shredding), while their metadata and totals remain.
     */
    public void destroyMasterKey(String keyName) {
        storage().requireRoomToWrite();
        injector.getInstance(MasterKeys.class).destroy(keyName);
    }

    /** Time on tasks: timers (one running per user, stored, so they survive restarts) and entries by hand. */
    public TimeTracking time() {
        return injector.getInstance(TimeTracking.class);
    }

    /** Billing: clients, their projects and hourly rates, each valid from a date on. */
    public BillingAccounts billing() {
        return injector.getInstance(BillingAccounts.class);
    }

    /** Time reports by client, project, user, task or components, bucketed by day, week or month in a zone, priced exactly. */
    public BillingReports reports() {
        return injector.getInstance(BillingReports.class);
    }

    /**
     * The operations cost report: per component, the tasks opened on it or below it, alerts folded,
     * mean times to acknowledge and resolve, and hours and amount billed, priced as {@link #reports()} prices.
     */
    public OperationsCostReport operationsCost() {
        return injector.getInstance(OperationsCostReport.class);
    }

    /** Time reports and their entries written for billing tools: our JSON and CSV, Toggl Track, Harvest and Clockify files. */
    public TimeExports exports() {
        return injector.getInstance(TimeExports.class);
    }

    /** Timesheets drafted from a day's evidence (alerts, status changes, command runs), billed only once accepted. */
    public DraftTimesheets drafts() {
        return injector.getInstance(DraftTimesheets.class);
    }

    /** Runbooks learnt from finished tasks: generated, versioned in git under the data directory, compared, restored and rendered. */
    public RunbookService runbooks() {
        return injector.getInstance(RunbookService.class);
    }

    /**
     * How full the local volumes are (the data directory's, and an H2 file's elsewhere), measured at most
     * every few seconds: past the warning level outputs are kept truncated, past the critical level changes
     * are refused with StorageFull but for alert intake and stopping timers.
     */
    public StorageWatch storage() {
        return injector.getInstance(StorageWatch.class);
    }

    /** API tokens. */
    public TokenService tokens() {
        return injector.getInstance(TokenService.class);
    }

    /**
     * Writes an encrypted backup of this OpsTracker's data to {@code file} (which must not exist)
     * while it stays open and in use: the embedded database (a MariaDB one is its operator's to back
     * up), the key and token files, and the runbook repository. See {@link BackupWriter}.
     *
     * @throws BackupException naming the file when the backup cannot be written; no file is left then
     */
    public BackupSummary backup(Path file, char[] passphrase, BackupProgress progress) {
        Settings settings = injector.getInstance(Settings.class);
        return new BackupWriter(database, settings.dataDirectory(), injector.getInstance(JgitRunbookArchive.class),
                injector.getInstance(InstantSource.class)).write(file, passphrase, progress);
    }

    /**
     * Restores a backup into {@code dataDirectory}, which must be empty or missing; open it with
     * {@link #embedded(Path)} afterwards. See {@link BackupRestorer}.
     *
     * @throws BackupException naming the file or directory when the restore cannot be done; nothing is left in place then
     */
    public static RestoreSummary restore(Path file, Path dataDirectory, char[] passphrase, BackupProgress progress) {
        return new BackupRestorer(InstantSource.system()).restore(file, dataDirectory, passphrase, progress);
    }

    /** The administrative audit log: tokens created and revoked, alert rules changed, data exported, runbooks restored. */
    public AuditLog audit() {
        return injector.getInstance(AuditLog.class);
    }

    /** Which database holds the data: {@code h2} or {@code mariadb}. */
    public String databaseKind() {
        return database.kind();
    }

    synchronized ApiServer apiServer() {
        if (apiServer == null) {
            apiServer = injector.getInstance(ApiServer.class);
        }
        return apiServer;
    }

    /**
     * Stops the HTTP API if it was started (letting in-flight requests finish), then closes the
     * runbook archive's repository, then the database.
     */
    @Override
    public synchronized void close() {
        try {
            if (apiServer != null) {
                apiServer.close();
            }
        } finally {
            try {
                // Cheap when the archive was never used: it opens its repository on first use only.
                injector.getInstance(JgitRunbookArchive.class).close();
            } finally {
                database.close();
            }
        }
    }
}
