package dev.opstracker.bootstrap.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.application.alert.DeadLetters;
import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.backup.BackupService;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.command.CommandHistory;
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
import dev.opstracker.application.time.DraftTimesheets;
import dev.opstracker.application.time.OperationsCostReport;
import dev.opstracker.application.time.TimeExports;
import dev.opstracker.application.time.TimeTracking;
import dev.opstracker.bootstrap.AccessLimitVariables;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.bootstrap.Version;
import dev.opstracker.domain.alert.AlertRulesCodec;
import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.http.ApiServer;
import dev.opstracker.http.ApiServices;
import dev.opstracker.http.HealthProbe;
import dev.opstracker.http.HttpSettings;
import dev.opstracker.http.alert.JsonAlertRules;
import dev.opstracker.http.metrics.MetricsEndpoint;
import dev.opstracker.http.security.WebhookSignatures;
import dev.opstracker.persistence.Database;
import java.time.InstantSource;

/** The HTTP API. Building it binds no port: {@link ApiServer#start()} does, as an explicit step. */
public final class HttpModule extends AbstractModule {

    private final Settings settings;

    public HttpModule(Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Provides
    @Singleton
    HttpSettings httpSettings() {
        HttpSettings http = HttpSettings.defaults(Version.current())
                .withHost(settings.host())
                .withPort(settings.port())
                .withMaxRequestBytes(settings.maxRequestBytes());
        return AccessLimitVariables.apply(http, System::getenv);
    }

    /** The database asked each time; the storage from the watch's last measurement, at most a few seconds old. */
    @Provides
    @Singleton
    static HealthProbe healthProbe(Database database, StorageWatch storage) {
        return new HealthProbe() {
            @Override
            public DatabaseHealth check() {
                return new DatabaseHealth(database.kind(), database.isReachable());
            }

            @Override
            public StorageCondition storage() {
                return storage.condition();
            }
        };
    }

    @Provides
    @Singleton
    static ApiServices apiServices(TaskService tasks, TokenService tokens, InfrastructureService infrastructure, TaskLinkService links,
            ComponentImport componentImport, WorkConflicts work, WorkOverview overview, InfrastructureRules rules, AlertIntake alerts,
            DeadLetters deadLetters, AlertRouting routing, CommandCapture commands, CommandHistory commandHistory, TimeTracking time,
            BillingAccounts billing, BillingReports reports, TimeExports exports, OperationsCostReport operationsCost,
            DraftTimesheets drafts, RunbookService runbooks, AuditLog audit, BackupService backups, InstantSource clock) {
        return new ApiServices(tasks, tokens, infrastructure, links, componentImport, work, overview, rules, alerts, deadLetters, routing, commands,
                commandHistory, time, billing, reports, exports, operationsCost, drafts, runbooks, audit, backups, clock);
    }

    /** The alert rules document of the configuration file and the API is also the form the store keeps. */
    @Provides
    @Singleton
    static AlertRulesCodec alertRulesCodec() {
        return new JsonAlertRules();
    }

    @Provides
    @Singleton
    WebhookSignatures webhookSignatures(InstantSource clock) {
        return new WebhookSignatures(settings.webhookSigning(), clock);
    }

    @Provides
    @Singleton
    static ApiServer apiServer(ApiServices services, HealthProbe health, HttpSettings httpSettings, WebhookSignatures signatures,
            MetricsEndpoint metrics) {
        return new ApiServer(services, health, httpSettings, signatures, metrics);
    }
}
