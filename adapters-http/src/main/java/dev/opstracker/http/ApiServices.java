package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

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
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.application.time.BillingReports;
import dev.opstracker.application.time.DraftTimesheets;
import dev.opstracker.application.time.OperationsCostReport;
import dev.opstracker.application.time.TimeExports;
import dev.opstracker.application.time.TimeTracking;
import java.time.InstantSource;

/**
 * The use cases the API serves, handed to {@link ApiServer} as one value.
 *
 * @param clock the clock the use cases run on, which answers count up to (a running timer's duration)
 */
public record ApiServices(
        TaskService tasks,
        TokenService tokens,
        InfrastructureService infrastructure,
        TaskLinkService links,
        ComponentImport componentImport,
        WorkConflicts work,
        WorkOverview overview,
        InfrastructureRules rules,
        AlertIntake alerts,
        DeadLetters deadLetters,
        AlertRouting routing,
        CommandCapture commands,
        CommandHistory commandHistory,
        TimeTracking time,
        BillingAccounts billing,
        BillingReports reports,
        TimeExports exports,
        OperationsCostReport operationsCost,
        DraftTimesheets drafts,
        RunbookService runbooks,
        AuditLog audit,
        BackupService backups,
        InstantSource clock) {

    public ApiServices {
        requireNonNull(tasks, "tasks is null");
        requireNonNull(tokens, "tokens is null");
        requireNonNull(infrastructure, "infrastructure is null");
        requireNonNull(links, "links is null");
        requireNonNull(componentImport, "componentImport is null");
        requireNonNull(work, "work is null");
        requireNonNull(overview, "overview is null");
        requireNonNull(rules, "rules is null");
        requireNonNull(alerts, "alerts is null");
        requireNonNull(deadLetters, "deadLetters is null");
        requireNonNull(routing, "routing is null");
        requireNonNull(operationsCost, "operationsCost is null");
        requireNonNull(drafts, "drafts is null");
        requireNonNull(runbooks, "runbooks is null");
        requireNonNull(commands, "commands is null");
        requireNonNull(commandHistory, "commandHistory is null");
        requireNonNull(time, "time is null");
        requireNonNull(billing, "billing is null");
        requireNonNull(reports, "reports is null");
        requireNonNull(exports, "exports is null");
        requireNonNull(audit, "audit is null");
        requireNonNull(backups, "backups is null");
        requireNonNull(clock, "clock is null");
    }
}
