package dev.opstracker.bootstrap;

import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Project;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a user can read back of the seeded data, as comparable values: tasks with their
 * history, runs with their decrypted outputs, incidents, components, billing, time entries and
 * runbooks with their versions, diff and rendering. Tasks of the background writer are left out.
 */
record DataSnapshot(List<Task> tasks, Map<String, List<TaskEvent>> histories, List<CommandRun> runs, Map<String, ByteBuffer> outputs,
        List<Incident> incidents, List<Component> components, List<Client> clients, List<Project> projects, List<HourlyRate> rates,
        List<TimeEntry> timeEntries, List<StoredRunbook> runbooks, List<RunbookVersion> versions, String diff, String markdown) {

    static DataSnapshot of(OpsTracker ops, RunbookSlug slug) {
        List<Task> tasks = allTasks(ops).stream().filter(task -> !task.details().title().startsWith(BackupSeed.LOAD_PREFIX)).toList();
        Map<String, List<TaskEvent>> histories = new LinkedHashMap<>();
        List<CommandRun> runs = new ArrayList<>();
        List<Incident> incidents = new ArrayList<>();
        for (Task task : tasks) {
            histories.put(task.id().toString(), ops.tasks().history(task.id(), PageRequest.first(500)).items());
            runs.addAll(ops.commands().ofTask(task.id(), PageRequest.first(500)).items());
            incidents.addAll(ops.alerts().incidentsOf(task.id()));
        }
        // ByteBuffers compare by content and print briefly, unlike arrays.
        Map<String, ByteBuffer> outputs = new LinkedHashMap<>();
        for (CommandRun run : runs) {
            for (OutputChannel channel : OutputChannel.values()) {
                outputs.put(run.id() + "/" + channel, ByteBuffer.wrap(output(ops, run, channel)));
            }
        }
        List<Component> components = List.of(ops.infrastructure().getByPath(ComponentPath.parse("aws")),
                ops.infrastructure().getByPath(ComponentPath.parse("aws/prod-eks")));
        TimeRange always = new TimeRange(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
        return new DataSnapshot(tasks, histories, runs, outputs, incidents, components, ops.billing().clients(),
                ops.billing().projects(new BillingCode("ACME")), ops.billing().rates(),
                ops.time().list(new TimeEntryFilter(always, null, null, null, null), 1000).entries(),
                ops.runbooks().list(), ops.runbooks().versions(slug), ops.runbooks().diff(slug, 1, 2),
                ops.runbooks().render(slug, RunbookDocuments.Form.MARKDOWN));
    }

    static List<Task> allTasks(OpsTracker ops) {
        List<Task> tasks = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (page != null) {
            Page<Task> listed = ops.tasks().list(TaskFilter.any(), page);
            tasks.addAll(listed.items());
            page = listed.next() == null ? null : new PageRequest(PageRequest.MAX_LIMIT, listed.next());
        }
        return tasks;
    }

    static byte[] output(OpsTracker ops, CommandRun run, OutputChannel channel) {
        try (InputStream in = ops.commands().openOutput(run.id(), channel)) {
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
