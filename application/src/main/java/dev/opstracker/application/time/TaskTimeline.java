package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.domain.time.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads a task's timeline as evidence of work: opened or its alert fired, status changes, a user's command runs, its close. */
final class TaskTimeline {

    private final TaskStore tasks;
    private final AlertStore alerts;

    TaskTimeline(TaskStore tasks, AlertStore alerts) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
    }

    /** A task's evidence, oldest first, and whether an alert opened it. */
    record Timeline(List<Evidence> evidence, boolean openedByAlert) {
    }

    /**
     * The evidence of {@code task}: its alerts' first firings and resolutions (or its opening when no
     * alert opened it), its status changes (to in progress: acknowledged; to done or cancelled:
     * closed), and the first and the last-ending of {@code ownRuns}, the user's runs on it.
     */
    Timeline of(Task task, List<CommandRun> ownRuns) {
        List<Evidence> evidence = new ArrayList<>();
        List<Incident> incidents = alerts.incidentsOf(task.id());
        if (incidents.isEmpty()) {
            evidence.add(Evidence.at(Evidence.Kind.TASK_OPENED, task.createdAt(), task.details().title()));
        }
        for (Incident incident : incidents) {
            evidence.add(Evidence.at(Evidence.Kind.ALERT_FIRED, incident.firstSeenAt(), incident.summary()));
            if (incident.resolvedAt() != null) {
                evidence.add(Evidence.at(Evidence.Kind.ALERT_RESOLVED, incident.resolvedAt(), incident.summary()));
            }
        }
        for (TaskEvent event : Pages.all(page -> tasks.history(task.id(), page))) {
            switch (event) {
                case TaskEvent.StatusChanged changed -> evidence.add(Evidence.at(kindOf(changed.to()), changed.at(), changed.from() + " -> " + changed.to()));
            }
        }
        if (!ownRuns.isEmpty()) {
            CommandRun first = ownRuns.stream().min(Comparator.comparing(CommandRun::startedAt)).orElseThrow();
            CommandRun last = ownRuns.stream().max(Comparator.comparing(CommandRun::endedAt)).orElseThrow();
            evidence.add(runEvidence(first));
            if (!last.id().equals(first.id())) {
                evidence.add(runEvidence(last));
            }
        }
        evidence.sort(Comparator.comparing(Evidence::at));
        return new Timeline(List.copyOf(evidence), !incidents.isEmpty());
    }

    private static Evidence.Kind kindOf(TaskStatus to) {
        return to == TaskStatus.IN_PROGRESS ? Evidence.Kind.ACKNOWLEDGED : to.isClosed() ? Evidence.Kind.CLOSED : Evidence.Kind.STATUS_CHANGED;
    }

    private static Evidence runEvidence(CommandRun run) {
        // display() is the command line as stored, secrets masked.
        return new Evidence(Evidence.Kind.COMMAND_RUN, run.startedAt(), run.endedAt(), run.display());
    }
}
