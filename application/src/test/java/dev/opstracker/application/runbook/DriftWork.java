package dev.opstracker.application.runbook;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskLifecycleListener;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryOutputStore;
import dev.opstracker.application.testing.InMemoryRunbookArchive;
import dev.opstracker.application.testing.InMemoryRunbookStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.InMemoryTimeEntryStore;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.testing.MapRunbookDocuments;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runbooks in the loop over in-memory stores, for drift tests: tasks record their commands and close through a
 * {@link TaskService} that tells {@link RunbookSuggestions} and then {@link DriftWatch}, whose failures are kept
 * in {@link #failures}.
 */
final class DriftWork {

    static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    static final RunbookSlug SLUG = new RunbookSlug("restart-crash-looping-pods");

    /** A failure DriftWatch reported. */
    record Failure(RunbookSlug slug, TaskId taskId, RuntimeException failure) {
    }

    final MutableClock clock = new MutableClock(T0);
    final InMemoryTaskStore taskStore = new InMemoryTaskStore();
    final InMemoryComponentStore components = new InMemoryComponentStore();
    final InMemoryAlertStore alerts = new InMemoryAlertStore(taskStore);
    final InMemoryRunbookStore store = new InMemoryRunbookStore();
    final InMemoryRunbookArchive archive = new InMemoryRunbookArchive();
    final CaptureSettings capture = CaptureSettings.of("ops-box", "marcus");
    final InMemoryCommandRunStore commandRuns = new InMemoryCommandRunStore();
    final CommandCapture commands = new CommandCapture(taskStore, commandRuns, new InMemoryOutputStore(), new JdkCipher(),
            (spec, out, err) -> {
                throw new AssertionError("nothing is run here");
            }, capture);
    final RunbookService runbooks = new RunbookService(taskStore, alerts, components, new InMemoryLinkedWork(taskStore, components), commands,
            new InMemoryTimeEntryStore(), store, archive, new MapRunbookDocuments(), capture, new AuditLog(new InMemoryAuditStore(), clock), clock);
    final List<Failure> failures = new ArrayList<>();
    final RunbookSuggestions suggestions = new RunbookSuggestions(taskStore, alerts, components, store, clock);
    final DriftWatch watch = new DriftWatch(taskStore, store, commandRuns, runbooks, (slug, task, failure) -> failures.add(new Failure(slug, task, failure)), clock);
    final TaskService tasks = new TaskService(taskStore, TaskLifecycleListener.all(List.of(suggestions, watch)), clock);
    private int minute;

    /** A finished task that looked at the pods of {@code namespace} and restarted their deployment. */
    TaskId restarted(String namespace) {
        TaskId task = opened("Pods crash-looping in " + namespace);
        ran(task, "kubectl -n " + namespace + " get pods", 0);
        ran(task, "kubectl -n " + namespace + " rollout restart deployment/web", 0);
        close(task);
        return task;
    }

    /** The runbook learnt from {@code sources}, version 1. */
    RunbookSlug learnt(TaskId... sources) {
        return runbooks.generate("Restart crash-looping pods", List.of(sources), "marcus").slug();
    }

    /** An open task with the runbook attached, as an alert would have. */
    TaskId following(RunbookSlug slug, String namespace) {
        TaskId task = opened("Pods crash-looping in " + namespace);
        store.attach(slug, task, clock.instant());
        return task;
    }

    /** A task following the runbook that looked at the pods and deleted one instead of restarting the deployment, closed DONE. */
    TaskId deletedAPod(RunbookSlug slug, String namespace) {
        TaskId task = following(slug, namespace);
        ran(task, "kubectl -n " + namespace + " get pods", 0);
        ran(task, "kubectl -n " + namespace + " delete pod web-1", 0);
        close(task);
        return task;
    }

    TaskId opened(String title) {
        return tasks.create(TaskDetails.titled(title)).id();
    }

    void ran(TaskId task, String command, int exitCode) {
        minute++;
        Instant start = T0.plusSeconds(60L * minute);
        commands.record(task, new RecordedCommand(List.of(command.split(" ")), "/root", Map.of(), "ops-box", "marcus", start, start.plusSeconds(2),
                new CommandResult.Exited(exitCode)), new ByteArrayInputStream("ok\n".getBytes(StandardCharsets.UTF_8)), null);
    }

    void close(TaskId task) {
        tasks.changeStatus(new ChangeTaskStatusCommand(task, TaskStatus.DONE, "done"));
    }

    void reopen(TaskId task) {
        tasks.changeStatus(new ChangeTaskStatusCommand(task, TaskStatus.OPEN, "again"));
    }
}
