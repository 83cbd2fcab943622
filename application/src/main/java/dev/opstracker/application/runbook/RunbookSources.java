package dev.opstracker.application.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.infra.EffectiveTags;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.runbook.SourceCommand;
import dev.opstracker.domain.runbook.SourceTask;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
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
     * The name of the alert an incident is about. Incidents do not keep the {@code alertname} label,
     * so this is the incident's summary, the one line the sender gave.
     */
    static String alertName(Incident incident) {
        return incident.summary();
    }

    SourceTask of(Task task, Instant now) {
        List<Incident> incidents = alerts.incidentsOf(task.id());
        String alertName = incidents.isEmpty() ? null : alertName(incidents.getFirst());
        Set<String> kinds = new TreeSet<>();
        List<Map<String, String>> tags = new ArrayList<>();
        for (TaskLink link : all(page -> components.linksOfTask(task.id(), page))) {
            if (!link.isTombstone()) {
                components.find(link.componentId()).map(Component::kind).ifPresent(kind -> kinds.add(kind.name()));
                tags.add(EffectiveTags.of(components, link.componentId()));
            }
        }
        List<SourceCommand> ran = all(page -> commands.search(CommandRunQuery.ofTask(task.id()), page)).stream().map(this::command).toList();
        List<String> notes = all(page -> tasks.history(task.id(), page)).stream()
                .flatMap(event -> event instanceof TaskEvent.StatusChanged changed && changed.note() != null && !changed.note().isBlank()
                        ? Stream.of(changed.note().strip()) : Stream.empty())
                .toList();
        return new SourceTask(task.id(), task.details().title(), task.details().description(), alertName, kinds, tags, ran, notes,
                timeRecorded(task, now));
    }

    private SourceCommand command(CommandRun run) {
        return new SourceCommand(run.display(), run.workingDirectory(), run.exitCode(), outputHead(run));
    }

    /** The first {@value #OUTPUT_HEAD_BYTES} bytes of the masked standard output, a character cut in two dropped; empty when unreadable. */
    private String outputHead(CommandRun run) {
        if (run.stdout().keptBytes() == 0) {
            return "";
        }
        try (InputStream masked = commands.openMaskedOutput(run.id(), OutputChannel.STDOUT)) {
            String head = new String(masked.readNBytes(OUTPUT_HEAD_BYTES), StandardCharsets.UTF_8);
            return head.endsWith("\uFFFD") ? head.substring(0, head.length() - 1) : head;
        } catch (IOException | UncheckedIOException unreadable) {
            return "";
        }
    }

    /** The seconds of the task's stopped time entries, or null when none was recorded. */
    private Duration timeRecorded(Task task, Instant now) {
        TimeEntryFilter filter = new TimeEntryFilter(ALL_TIME, null, null, null, Set.of(task.id()));
        try (Stream<TimeEntry> matching = entries.matching(filter)) {
            long seconds = matching.filter(entry -> !entry.details().isRunning()).mapToLong(entry -> entry.details().seconds(now)).sum();
            return seconds == 0 ? null : Duration.ofSeconds(seconds);
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
