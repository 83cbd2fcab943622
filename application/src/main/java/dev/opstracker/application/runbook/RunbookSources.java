package dev.opstracker.application.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.infra.EffectiveTags;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.runbook.SourceCommand;
import dev.opstracker.domain.runbook.SourceTask;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/** Reads what generation needs of a finished task from the stores: a {@link SourceTask}. */
final class RunbookSources {

    /** How much of a command's masked standard output is read for its expected-output excerpt. */
    static final int OUTPUT_HEAD_BYTES = 2 * 1024;

    /** How many tasks' runs or time entries one read asks for: each is a read off a task index with an IN list. */
    static final int BATCH = 200;

    /** All time as a time-entry filter reads it: the latest instant both databases keep in a DATETIME. */
    private static final TimeRange ALL_TIME = new TimeRange(Instant.EPOCH, Instant.parse("9999-12-31T23:59:59Z"));

    private final TaskStore tasks;
    private final AlertStore alerts;
    private final ComponentStore components;
    private final CommandCapture commands;
    private final TimeEntryStore entries;

    RunbookSources(TaskStore tasks, AlertStore alerts, ComponentStore components, CommandCapture commands, TimeEntryStore entries) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.components = requireNonNull(components, "components is null");
        this.commands = requireNonNull(commands, "commands is null");
        this.entries = requireNonNull(entries, "entries is null");
    }

    /**
     * The name of the alert an incident is about, as generation, selection by filter and suggestions
     * match it: the {@code alertname} label the incident kept at intake (Alertmanager, Grafana, generic
     * alerts that set it), else the incident's summary, the one line the sender gave (PagerDuty-style
     * events and incidents stored before alert names were kept).
     */
    static String alertName(Incident incident) {
        return incident.alertName() != null ? incident.alertName() : incident.summary();
    }

    /**
     * The source tasks of {@code finished}, in the same order. Command runs and time entries are read
     * for many tasks at once, a component's kind and tags once per call; outputs are read lazily,
     * when generation asks for a command's output head.
     */
    List<SourceTask> of(List<Task> finished, Instant now) {
        Map<TaskId, List<SourceCommand>> ran = new HashMap<>();
        Map<TaskId, Long> seconds = new HashMap<>();
        List<TaskId> ids = finished.stream().map(Task::id).distinct().toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            Set<TaskId> batch = Set.copyOf(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            commands.ofTasks(batch).forEach(run -> ran.computeIfAbsent(run.taskId(), id -> new ArrayList<>()).add(command(run)));
            stoppedSeconds(batch, now, seconds);
        }
        Map<ComponentId, Facts> facts = new HashMap<>();
        return finished.stream().map(task -> source(task, ran.getOrDefault(task.id(), List.of()), seconds.getOrDefault(task.id(), 0L), facts))
                .toList();
    }

    /** What a linked component tells generation: its kind (null when gone) and its effective tags. */
    private record Facts(String kind, Map<String, String> tags) {
    }

    private SourceTask source(Task task, List<SourceCommand> ran, long seconds, Map<ComponentId, Facts> facts) {
        List<Incident> incidents = alerts.incidentsOf(task.id());
        String alertName = incidents.isEmpty() ? null : alertName(incidents.getFirst());
        Set<String> kinds = new TreeSet<>();
        List<Map<String, String>> tags = new ArrayList<>();
        for (TaskLink link : all(page -> components.linksOfTask(task.id(), page))) {
            if (!link.isTombstone()) {
                Facts component = facts.computeIfAbsent(link.componentId(), id -> new Facts(
                        components.find(id).map(found -> found.kind().name()).orElse(null), EffectiveTags.of(components, id)));
                if (component.kind() != null) {
                    kinds.add(component.kind());
                }
                tags.add(component.tags());
            }
        }
        List<String> notes = all(page -> tasks.history(task.id(), page)).stream()
                .flatMap(event -> event instanceof TaskEvent.StatusChanged changed && changed.note() != null && !changed.note().isBlank()
                        ? Stream.of(changed.note().strip()) : Stream.empty())
                .toList();
        return new SourceTask(task.id(), task.details().title(), task.details().description(), alertName, kinds, tags, ran, notes,
                seconds == 0 ? null : Duration.ofSeconds(seconds));
    }

    /** A run whose output is read only when generation asks for it (an empty output is known without reading). */
    private SourceCommand command(CommandRun run) {
        if (run.stdout().keptBytes() == 0) {
            return new SourceCommand(run.display(), run.workingDirectory(), run.exitCode(), "");
        }
        return SourceCommand.lazy(run.display(), run.workingDirectory(), run.exitCode(), () -> outputHead(run));
    }

    /** The first {@value #OUTPUT_HEAD_BYTES} bytes of the masked standard output, a character cut in two dropped; empty when unreadable. */
    private String outputHead(CommandRun run) {
        try (InputStream masked = commands.openMaskedOutput(run, OutputChannel.STDOUT)) {
            String head = new String(masked.readNBytes(OUTPUT_HEAD_BYTES), StandardCharsets.UTF_8);
            return head.endsWith("\uFFFD") ? head.substring(0, head.length() - 1) : head;
        } catch (IOException | UncheckedIOException unreadable) {
            return "";
        }
    }

    /** Adds the seconds of the stopped time entries of each of {@code batch} to {@code seconds}. */
    private void stoppedSeconds(Set<TaskId> batch, Instant now, Map<TaskId, Long> seconds) {
        TimeEntryFilter filter = new TimeEntryFilter(ALL_TIME, null, null, null, batch);
        try (Stream<TimeEntry> matching = entries.matching(filter)) {
            matching.filter(entry -> !entry.details().isRunning())
                    .forEach(entry -> seconds.merge(entry.details().taskId(), entry.details().seconds(now), Long::sum));
        }
    }

    /** Every item of a paged read, page after page. */
    static <T> List<T> all(Function<PageRequest, Page<T>> read) {
        List<T> items = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT).withoutTotal();
        while (true) {
            Page<T> current = read.apply(page);
            items.addAll(current.items());
            if (current.next() == null || current.items().isEmpty()) {
                return items;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, current.next(), false);
        }
    }
}
