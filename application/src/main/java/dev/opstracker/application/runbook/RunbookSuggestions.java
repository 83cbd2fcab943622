package dev.opstracker.application.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.infra.EffectiveTags;
import dev.opstracker.application.task.TaskLifecycleListener;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runbooks in the loop: a task an alert opens gets every runbook whose scope matches attached as
 * its suggested procedure (counted as a use once per task), and a task with attached runbooks that
 * ends DONE counts as resolved for them, once. The alert name matched against a scope is the
 * incident's {@code alertname} label, or its summary when it has none, as in generation
 * ({@link RunbookSources#alertName}); components match by their kind and effective tags, each linked
 * component on its own.
 */
public final class RunbookSuggestions implements TaskLifecycleListener {

    private final TaskStore tasks;
    private final AlertStore alerts;
    private final ComponentStore components;
    private final RunbookStore store;
    private final InstantSource clock;

    @Inject
    public RunbookSuggestions(TaskStore tasks, AlertStore alerts, ComponentStore components, RunbookStore store, InstantSource clock) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.components = requireNonNull(components, "components is null");
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Attaches the runbooks matching the task's alert and components to it; a runbook attached already
     * stays attached and is not counted again.
     *
     * @return the matching runbooks, by slug; empty when none matches or the task is gone
     */
    public List<StoredRunbook> attachTo(TaskId taskId) {
        requireNonNull(taskId, "taskId is null");
        if (tasks.find(taskId).isEmpty()) {
            return List.of();
        }
        List<StoredRunbook> matching = matching(taskId);
        Instant now = now();
        List<StoredRunbook> attached = new ArrayList<>();
        for (StoredRunbook runbook : matching) {
            try {
                store.attach(runbook.slug(), taskId, now);
                attached.add(runbook);
            } catch (DomainException.NotFound deleted) {
                // the runbook went away between the match and the attach: nothing to suggest
            }
        }
        return attached;
    }

    /**
     * Counts the task as resolved for the runbooks attached to it when it is DONE; once per task.
     *
     * @return whether it was counted now
     */
    public boolean countResolved(TaskId taskId) {
        requireNonNull(taskId, "taskId is null");
        boolean done = tasks.find(taskId).map(task -> task.status() == TaskStatus.DONE).orElse(false);
        return done && store.resolved(taskId, now());
    }

    @Override
    public void taskOpened(TaskId taskId) {
        attachTo(taskId);
    }

    @Override
    public void taskClosed(TaskId taskId) {
        countResolved(taskId);
    }

    private List<StoredRunbook> matching(TaskId taskId) {
        List<Incident> incidents = alerts.incidentsOf(taskId);
        String alertName = incidents.isEmpty() ? null : RunbookSources.alertName(incidents.getFirst());
        Map<Object, StoredRunbook> found = new LinkedHashMap<>();
        List<TaskLink> links = RunbookSources.all(page -> components.linksOfTask(taskId, page)).stream().filter(link -> !link.isTombstone()).toList();
        if (links.isEmpty()) {
            store.matching(alertName, List.of(), Map.of()).forEach(runbook -> found.putIfAbsent(runbook.slug(), runbook));
        }
        for (TaskLink link : links) {
            List<String> kinds = components.find(link.componentId()).map(component -> List.of(component.kind().name())).orElse(List.of());
            store.matching(alertName, kinds, EffectiveTags.of(components, link.componentId()))
                    .forEach(runbook -> found.putIfAbsent(runbook.slug(), runbook));
        }
        return found.values().stream().sorted((left, right) -> left.slug().value().compareTo(right.slug().value())).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
