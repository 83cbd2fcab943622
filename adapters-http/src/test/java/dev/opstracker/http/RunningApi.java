package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.application.alert.DeadLetters;
import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.backup.BackupService;
import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.command.CommandHistory;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryOutputStore;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.infra.ComponentImport;
import dev.opstracker.application.infra.InfrastructureRules;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.application.infra.WorkConflicts;
import dev.opstracker.application.infra.WorkOverview;
import dev.opstracker.application.security.TokenService;
import dev.opstracker.application.shared.ActivityListener;
import dev.opstracker.application.task.TaskLifecycleListener;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.testing.InMemoryAlertRulesStore;
import dev.opstracker.application.runbook.DriftWatch;
import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.application.testing.InMemoryBackupArchiver;
import dev.opstracker.application.runbook.RunbookService;
import dev.opstracker.application.runbook.RunbookSuggestions;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryDeadLetterStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryRunbookArchive;
import dev.opstracker.application.testing.InMemoryRunbookStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MapRunbookDocuments;
import dev.opstracker.application.testing.InMemoryTimeEntryStore;
import dev.opstracker.application.testing.InMemoryBillingStore;
import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.application.time.BillingReports;
import dev.opstracker.application.time.DraftTimesheets;
import dev.opstracker.application.time.OperationsCostReport;
import dev.opstracker.application.time.TimeExports;
import dev.opstracker.application.time.TimeSettings;
import dev.opstracker.application.time.TimeTracking;
import dev.opstracker.application.testing.InMemoryTokenStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.http.limit.RateLimits;
import dev.opstracker.http.limit.RatePolicy;
import dev.opstracker.http.metrics.MetricsEndpoint;
import dev.opstracker.http.security.WebhookSignatures;
import dev.opstracker.http.security.WebhookSigning;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Set;

/**
 * A real {@link ApiServer} on a free port over in-memory stores (built-in kinds only, permissive parenting rules), with
 * a token that may write tasks and infrastructure and an HTTP client pointed at it. Tests arrange
 * through the services and act through HTTP.
 */
public final class RunningApi implements AutoCloseable {

    public static final String VERSION = "1.2.3-test";
    public static final HealthProbe HEALTHY_H2 = () -> new HealthProbe.DatabaseHealth("h2", true);

    private final MutableClock clock = MutableClock.at("2026-11-20T08:15:30.123456Z");
    private final TaskService tasks;
    private final TokenService tokens;
    private final InfrastructureService infrastructure;
    private final TaskLinkService links;
    private final ComponentImport componentImport;
    private final WorkConflicts work;
    private final InfrastructureRules rules;
    private final AlertIntake alerts;
    private final DeadLetters deadLetters;
    private final AlertRouting routing;
    private final CommandCapture commands;
    private final TimeTracking time;
    private final BillingAccounts billing;
    private final BillingReports reports;
    private final InMemoryCommandRunStore commandRuns = new InMemoryCommandRunStore();
    private final InMemoryAuditStore auditStore = new InMemoryAuditStore();
    private final AuditLog audit = new AuditLog(auditStore, clock);
    private final InMemoryBackupArchiver backupArchiver = new InMemoryBackupArchiver();
    private final ApiServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final String writeToken;

    private RunningApi(HttpSettings settings, HealthProbe probe, TaskStore store, ComponentStore components, AlertStore alertStore,
            WebhookSigning signing) {
        this(settings, probe, store, components, alertStore, signing, MetricsEndpoint.standalone(), StorageWatch.unwatched());
    }

    private RunningApi(HttpSettings settings, HealthProbe probe, TaskStore store, ComponentStore components, AlertStore alertStore,
            WebhookSigning signing, MetricsEndpoint metrics, StorageWatch storage) {
        AlertStore incidents = alertStore == null ? new InMemoryAlertStore(store) : alertStore;
        InMemoryRunbookStore runbookStore = new InMemoryRunbookStore();
        InMemoryLinkedWork linkedWork = new InMemoryLinkedWork(store, components);
        InMemoryTimeEntryStore entries = new InMemoryTimeEntryStore();
        commands = recordingOnly(store, commandRuns, storage);
        RunbookService runbooks = new RunbookService(store, incidents, components, linkedWork, commands, entries, runbookStore,
                new InMemoryRunbookArchive(), new MapRunbookDocuments(), CaptureSettings.of("api-test", "tester"), audit, clock, storage);
        // A failed drift proposal never fails a task's close; the API's tests look at the proposals, not at the failures.
        DriftWatch drift = new DriftWatch(store, runbookStore, commandRuns, runbooks, (slug, task, failure) -> { }, clock);
        TaskLifecycleListener listener = TaskLifecycleListener.all(List.of(new RunbookSuggestions(store, incidents, components, runbookStore, clock),
                drift));
        tasks = new TaskService(store, listener, ActivityListener.NONE, clock, storage);
        tokens = new TokenService(new InMemoryTokenStore(), audit, clock, storage);
        rules = new InfrastructureRules(new InMemoryComponentRulesStore(components), storage);
        infrastructure = new InfrastructureService(components, linkedWork, rules, clock, storage);
        links = new TaskLinkService(store, components, clock, storage);
        componentImport = new ComponentImport(components, rules, clock, storage);
        work = new WorkConflicts(tasks, linkedWork);
        routing = new AlertRouting(new InMemoryAlertRulesStore(), audit, clock, storage);
        alerts = new AlertIntake(incidents, routing, listener, clock);
        writeToken = issue(Scope.TASKS_WRITE, Scope.INFRA_WRITE);
        deadLetters = new DeadLetters(new InMemoryDeadLetterStore(), alerts, clock);
        time = new TimeTracking(store, components, entries, commandRuns, TimeSettings.DEFAULT, clock, storage);
        InMemoryBillingStore billingStore = new InMemoryBillingStore();
        billing = new BillingAccounts(billingStore, storage);
        reports = new BillingReports(entries, billingStore, linkedWork, store, incidents, clock);
        server = new ApiServer(new ApiServices(tasks, tokens, infrastructure, links, componentImport, work, new WorkOverview(linkedWork), rules, alerts,
                deadLetters, routing, commands, new CommandHistory(components, commandRuns), time, billing, reports,
                new TimeExports(reports, new LineExportWriter(), audit),
                new OperationsCostReport(components, linkedWork, store, incidents, entries, billingStore, audit, clock),
                new DraftTimesheets(store, incidents, commandRuns, entries, time, TimeSettings.DEFAULT, clock, storage), runbooks, audit,
                new BackupService(backupArchiver, storage, audit, clock), clock), probe,
                settings.withPort(0),
                new WebhookSignatures(signing, clock), metrics);
        base = URI.create("http://127.0.0.1:" + server.start());
    }

    /** Command capture over in-memory stores whose runner refuses to run anything: the API only records runs. */
    static CommandCapture recordingOnly(TaskStore store, InMemoryCommandRunStore runs) {
        return recordingOnly(store, runs, StorageWatch.unwatched());
    }

    private static CommandCapture recordingOnly(TaskStore store, InMemoryCommandRunStore runs, StorageWatch storage) {
        return new CommandCapture(store, runs, new InMemoryOutputStore(), new JdkCipher(), (spec, stdout, stderr) -> {
            throw new IOException("the HTTP API never executes commands");
        }, CaptureSettings.of("api-test", "tester"), storage);
    }

    /** The command capture the API records runs through. */
    public CommandCapture commands() {
        return commands;
    }

    public static RunningApi start() {
        return startWith(defaultSettings(), HEALTHY_H2, new InMemoryTaskStore());
    }

    public static RunningApi startWith(HttpSettings settings, HealthProbe probe, TaskStore store) {
        return startWith(settings, probe, store, new InMemoryComponentStore());
    }

    public static RunningApi startWith(HttpSettings settings, HealthProbe probe, TaskStore store, ComponentStore components) {
        return new RunningApi(requireNonNull(settings), requireNonNull(probe), requireNonNull(store), requireNonNull(components), null, WebhookSigning.none());
    }

    /** Alert intake over {@code alertStore} instead of an in-memory store over the tasks. */
    public static RunningApi startWithAlerts(HttpSettings settings, AlertStore alertStore) {
        return new RunningApi(requireNonNull(settings), HEALTHY_H2, new InMemoryTaskStore(), new InMemoryComponentStore(), requireNonNull(alertStore),
                WebhookSigning.none());
    }

    /** Webhooks of the sources in {@code signing} may authenticate by signature, checked against {@link #clock()}. */
    public static RunningApi startSigned(WebhookSigning signing) {
        return new RunningApi(defaultSettings(), HEALTHY_H2, new InMemoryTaskStore(), new InMemoryComponentStore(), null, requireNonNull(signing));
    }

    /** A server that records its requests in, and shows on {@code GET /metrics}, the registry of {@code metrics}. */
    public static RunningApi startWithMetrics(MetricsEndpoint metrics) {
        return new RunningApi(defaultSettings(), HEALTHY_H2, new InMemoryTaskStore(), new InMemoryComponentStore(), null, WebhookSigning.none(),
                requireNonNull(metrics), StorageWatch.unwatched());
    }

    /** Every service watches storage through {@code storage}, which {@code /health} reports too. */
    public static RunningApi startWatching(StorageWatch storage) {
        HealthProbe probe = new HealthProbe() {
            @Override
            public DatabaseHealth check() {
                return HEALTHY_H2.check();
            }

            @Override
            public StorageCondition storage() {
                return storage.condition();
            }
        };
        return new RunningApi(defaultSettings(), probe, new InMemoryTaskStore(), new InMemoryComponentStore(), null, WebhookSigning.none(),
                MetricsEndpoint.standalone(), requireNonNull(storage));
    }

    /**
     * A server whose rate limits its callers never reach, for tests that send generated requests with
     * one token as fast as they can: a 429 there would test the rate limit instead of the routes.
     */
    public static RunningApi startWithoutRateLimits() {
        RatePolicy unreachable = new RatePolicy(1_000_000, 1_000_000);
        return startWith(defaultSettings().withRateLimits(new RateLimits(unreachable, unreachable)), HEALTHY_H2, new InMemoryTaskStore());
    }

    public static HttpSettings defaultSettings() {
        return HttpSettings.defaults(VERSION).withPort(0);
    }

    /** The command runs the API records, for tests that need a task's evidence. */
    public InMemoryCommandRunStore commandRuns() {
        return commandRuns;
    }

    public MutableClock clock() {
        return clock;
    }

    public TaskService tasks() {
        return tasks;
    }

    public TokenService tokens() {
        return tokens;
    }

    /** What the services recorded in the audit log, oldest first. */
    /** The backups {@code POST /api/v1/admin/backup} writes: a few known bytes each. */
    public InMemoryBackupArchiver backupArchiver() {
        return backupArchiver;
    }

    public InMemoryAuditStore auditStore() {
        return auditStore;
    }

    public InfrastructureService infrastructure() {
        return infrastructure;
    }

    /** The kinds and parenting rules, permissive with no registered kinds at the start. */
    public InfrastructureRules rules() {
        return rules;
    }

    public TaskLinkService links() {
        return links;
    }

    public WorkConflicts work() {
        return work;
    }

    public AlertIntake alerts() {
        return alerts;
    }

    /** Issues a fresh token holding {@code scopes} and returns its secret. */
    public AlertRouting routing() {
        return routing;
    }

    /** Time tracking over an in-memory entry store, on {@link #clock()}, with the default settings (overlaps refused, suspicious after 12 h). */
    public TimeTracking time() {
        return time;
    }

    /** Issues a fresh token named {@code name} (the user it records time as) holding {@code scopes}; returns its secret. */
    public String issueNamed(String name, Scope... scopes) {
        return tokens.issue(name, Set.of(scopes), null).secret();
    }

    /** Issues a fresh token limited to one client's data; returns its secret. */
    public String issueForClient(String name, String client, Scope... scopes) {
        return tokens.issue(name, Set.of(scopes), new BillingCode(client), null).secret();
    }

    /** Clients, projects and rates over an in-memory billing store; reports price the entries of {@link #time()} by them. */
    public BillingAccounts billing() {
        return billing;
    }

    /** Reports over the entries of {@link #time()}; exports write them with {@link LineExportWriter}. */
    public BillingReports reports() {
        return reports;
    }

    public DeadLetters deadLetters() {
        return deadLetters;
    }

    public String issue(Scope... scopes) {
        return tokens.issue("test " + Set.of(scopes), Set.of(scopes), null).secret();
    }

    /** A request sent with a token that may read and write tasks and infrastructure; replace it with {@link ApiCall#bearer}. */
    public ApiCall call(String method, String path) {
        return new ApiCall(client, base.resolve(path), method).bearer(writeToken);
    }

    public ApiCall get(String path) {
        return call("GET", path);
    }

    /** The address of {@code path} on this server, for requests {@link ApiCall} cannot make (binary bodies). */
    public URI uri(String path) {
        return base.resolve(path);
    }

    public ApiCall post(String path, String json) {
        return call("POST", path).json(json);
    }

    @Override
    public void close() {
        server.close();
    }

    ApiServer server() {
        return server;
    }
}
