package dev.opstracker.application.runbook;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryOutputStore;
import dev.opstracker.application.testing.InMemoryRunbookArchive;
import dev.opstracker.application.testing.InMemoryRunbookStore;
import dev.opstracker.application.testing.MapRunbookDocuments;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.InMemoryTimeEntryStore;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Delivery;
import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.alert.TaskDefaults;
import dev.opstracker.domain.alert.Threshold;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.command.OutputStore;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentRules;
import dev.opstracker.domain.infra.KindCatalogue;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookDocuments.Form;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVariable;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntryDetails;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class RunbookServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final String ALERT = "PodCrashLooping";
    /** One task per alert: the tasks of one alert name are separate pieces of finished work, not one storm. */
    private static final AlertRules UNGROUPED = AlertRules.of(new AlertRule("one-task-per-alert", Set.of(), List.of(),
            IntakePolicy.DEFAULT.ungrouped(), Threshold.NONE, TaskDefaults.NONE));
    private static final RunbookSlug SLUG = new RunbookSlug("restart-crash-looping-pods");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryComponentStore components = new InMemoryComponentStore();
    private final InMemoryCommandRunStore runs = new InMemoryCommandRunStore();
    private final InMemoryAlertStore alerts = new InMemoryAlertStore(tasks);
    private final InMemoryTimeEntryStore entries = new InMemoryTimeEntryStore();
    private final InMemoryRunbookStore store = new InMemoryRunbookStore();
    private final InMemoryRunbookArchive archive = new InMemoryRunbookArchive();
    private final CaptureSettings capture = CaptureSettings.of("ops-box", "marcus");
    private final ReadRecordingOutputStore outputs = new ReadRecordingOutputStore(new InMemoryOutputStore());
    private final CommandCapture commands = new CommandCapture(tasks, runs, outputs, new JdkCipher(), (spec, out, err) -> {
        throw new AssertionError("nothing is run here");
    }, capture);
    private final InMemoryAuditStore audit = new InMemoryAuditStore();
    private final RunbookService service = new RunbookService(tasks, alerts, components, new InMemoryLinkedWork(tasks, components), commands, entries,
            store, archive, new MapRunbookDocuments(), capture, new AuditLog(audit, clock), clock);
    private final Component cluster = component("prod-eks", "cluster", null);
    private int minute;

    private Component component(String name, String kind, Component parent) {
        return components.add(new ComponentRules(1, KindCatalogue.withRegistered(List.of()), ParentingRules.permissive())
                .place(new ComponentDetails(new ComponentKind(kind), name, Provider.AWS, null, Map.of("env", "prod", "team", name)), parent, T0));
    }

    /** A task opened by the alert on {@code host}, where pods of {@code namespace} were restarted, finished after 20 minutes of recorded work. */
    private TaskId restartedPods(String host, String namespace) {
        TaskId task = alertOpensTask(host);
        Component node = component(host, "node", cluster);
        components.link(new TaskLink(task, node.id(), node.path(), LinkRole.AFFECTED, T0));
        ran(task, "kubectl -n " + namespace + " get pods -o wide", 0, "NAME READY STATUS\nweb-1 0/1 CrashLoopBackOff password=hunter22\n");
        ran(task, "kubectl -n " + namespace + " rollout restart deployment/web", 0, "deployment.apps/web restarted\n");
        ran(task, "ssh " + host + " systemctl status kubelet", 0, "active (running)\n");
        entries.add(new TimeEntryDetails(task, "marcus", T0.plusSeconds(3600L * minute), T0.plusSeconds(3600L * minute + 1200), ZoneId.of("UTC"), null,
                null, false, null, Activity.INCIDENT), T0, false);
        finish(task, "restarted the deployment on " + host);
        return task;
    }

    private TaskId alertOpensTask(String host) {
        return alertOpensTask(AlertSource.ALERTMANAGER, "fp-" + host, "Pods crash-looping on a node", Map.of("alertname", ALERT, "instance", host));
    }

    private TaskId alertOpensTask(AlertSource source, String dedupKey, String summary, Map<String, String> labels) {
        Alert alert = new Alert(source, "", dedupKey, dedupKey + "/1", AlertStatus.FIRING, Severity.CRITICAL, summary, labels, Map.of(), T0, null,
                Map.of(), null);
        Delivery delivery = new Delivery(source, T0, "{}", 2, false);
        return alerts.record(delivery, List.of(alert), UNGROUPED, clock.instant()).getFirst().taskId();
    }

    /** A finished task of an alert, with one command run. */
    private TaskId cleanedDisk(AlertSource source, String dedupKey, String summary, Map<String, String> labels) {
        TaskId task = alertOpensTask(source, dedupKey, summary, labels);
        ran(task, "journalctl --vacuum-size=500M", 0, "Vacuuming done\n");
        finish(task, "freed the journal");
        return task;
    }

    private void ran(TaskId task, String command, int exitCode, String stdout) {
        minute++;
        Instant start = T0.plusSeconds(60L * minute);
        commands.record(task, new RecordedCommand(List.of(command.split(" ")), "/root", Map.of(), "ops-box", "marcus", start, start.plusSeconds(2),
                new CommandResult.Exited(exitCode)), new ByteArrayInputStream(stdout.getBytes(StandardCharsets.UTF_8)), null);
    }

    private void finish(TaskId id, String note) {
        Task.StatusChange change = tasks.find(id).orElseThrow().moveTo(TaskStatus.DONE, note, clock.instant());
        tasks.update(change.task(), List.of(change.event()));
    }

    private TaskId openTask() {
        return tasks.add(new NewTask(TaskFixtures.aTask().titled("Still investigating").build(), T0)).id();
    }

    @Test
    void threeFinishedTasksGiveARunbookWithVariablesSavedAsVersionOne() {
        List<TaskId> ids = List.of(restartedPods("node-1", "shop"), restartedPods("node-2", "billing"), restartedPods("node-3", "search"));

        RunbookVersion version = service.generate("Restart crash-looping pods", ids, "marcus");

        assertThat(version.number()).isEqualTo(1);
        assertThat(version.slug()).isEqualTo(SLUG);
        assertThat(version.author()).isEqualTo("marcus");
        assertThat(version.message()).isEqualTo("Generated from tasks %s, %s, %s".formatted(ids.get(0), ids.get(1), ids.get(2)));
        StoredRunbook stored = service.get(SLUG);
        Runbook runbook = stored.runbook();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(runbook.sourceTasks()).containsExactlyElementsOf(ids);
        assertThat(runbook.variables()).extracting(RunbookVariable::name).isNotEmpty();
        assertThat(runbook.steps()).hasSize(3);
        assertThat(runbook.scope().alertNames()).containsExactly(ALERT);
        assertThat(runbook.scope().componentKinds()).containsExactly("node");
        assertThat(runbook.scope().tags()).containsEntry("env", "prod");
        assertThat(runbook.estimatedDuration()).isEqualTo(Duration.ofMinutes(20));
        assertThat(stored.document()).isEqualTo(archive.document(SLUG, 1)).doesNotContain("hunter22");
        assertThat(service.list()).containsExactly(stored);
        assertThat(service.versions(SLUG)).containsExactly(version);
    }

    @Test
    void generationReadsTheOutputsOfTheFirstTasksStepsOnly() {
        List<TaskId> ids = List.of(restartedPods("node-1", "shop"), restartedPods("node-2", "billing"), restartedPods("node-3", "search"));
        List<CommandRunId> firstTasksRuns = RunbookSources.all(page -> commands.ofTask(ids.getFirst(), page)).stream().map(CommandRun::id).toList();

        service.generate("Restart crash-looping pods", ids, "marcus");

        assertThat(service.get(SLUG).runbook().steps()).hasSize(3);
        assertThat(outputs.read()).containsExactlyInAnyOrderElementsOf(firstTasksRuns);
    }

    /** An output store that remembers which runs' outputs were read. */
    private static final class ReadRecordingOutputStore implements OutputStore {
        private final OutputStore stored;
        private final Set<CommandRunId> read = ConcurrentHashMap.newKeySet();

        ReadRecordingOutputStore(OutputStore stored) {
            this.stored = stored;
        }

        Set<CommandRunId> read() {
            return read;
        }

        @Override
        public void put(CommandRunId run, OutputChannel channel, int sequence, byte[] sealedChunk) {
            stored.put(run, channel, sequence, sealedChunk);
        }

        @Override
        public List<byte[]> read(CommandRunId run, OutputChannel channel, int from, int max) {
            read.add(run);
            return stored.read(run, channel, from, max);
        }

        @Override
        public void discard(CommandRunId run) {
            stored.discard(run);
        }
    }

    @Test
    void generatingARunbookOfAnExistingSlugAgainSavesItsNextVersion() {
        List<TaskId> first = List.of(restartedPods("node-1", "shop"), restartedPods("node-2", "billing"));
        TaskId third = restartedPods("node-3", "search");
        service.generate("Restart crash-looping pods", first, "marcus");
        clock.advance(Duration.ofHours(1));

        RunbookVersion second = service.generate("Restart crash-looping pods", List.of(first.get(0), first.get(1), third), "anna");

        assertThat(second.number()).isEqualTo(2);
        assertThat(service.get(SLUG).version()).isEqualTo(2);
        assertThat(service.get(SLUG).runbook().sourceTasks()).contains(third);
        assertThat(service.versions(SLUG)).extracting(RunbookVersion::number).containsExactly(2, 1);
        String diff = service.diff(SLUG, 1, 2);
        assertThat(diff).startsWith("--- a/" + SLUG + ".json\n+++ b/" + SLUG + ".json\n").contains("\n-").contains("\n+");
        assertThat(service.diff(SLUG, 2, 2)).isEmpty();
    }

    @Test
    void anUnchangedRunbookSavesNoNewVersion() {
        List<TaskId> ids = List.of(restartedPods("node-1", "shop"), restartedPods("node-2", "billing"));
        RunbookVersion first = service.generate("Restart crash-looping pods", ids, "marcus");

        RunbookVersion again = service.generate("Restart crash-looping pods", ids, "anna");

        assertThat(again).isEqualTo(first);
        assertThat(service.versions(SLUG)).hasSize(1);
        assertThat(service.get(SLUG).version()).isEqualTo(1);
    }

    @Test
    void restoringAnOldVersionSavesItsDocumentAsTheNewestVersion() {
        List<TaskId> two = List.of(restartedPods("node-1", "shop"), restartedPods("node-2", "billing"));
        TaskId third = restartedPods("node-3", "search");
        service.generate("Restart crash-looping pods", two, "marcus");
        Runbook original = service.get(SLUG).runbook();
        service.generate("Restart crash-looping pods", List.of(two.get(0), two.get(1), third), "marcus");

        RunbookVersion restored = service.restore(SLUG, 1, "anna");

        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.author()).isEqualTo("anna");
        assertThat(restored.message()).startsWith("Restore version 1 of " + SLUG + ": Generated from tasks");
        assertThat(service.get(SLUG).runbook()).isEqualTo(original);
        assertThat(service.get(SLUG).version()).isEqualTo(3);
        assertThat(archive.document(SLUG, 3)).isEqualTo(archive.document(SLUG, 1));
        assertThat(service.restore(SLUG, 3, "anna")).isEqualTo(restored);
    }

    @Test
    void aRestoreIsRecordedInTheAuditLogWithItsActorAsTheVersionsAuthor() {
        TaskId first = restartedPods("node-1", "shop");
        service.generate("Restart crash-looping pods", List.of(first), "marcus");
        service.generate("Restart crash-looping pods", List.of(first, restartedPods("node-2", "billing")), "marcus");

        RunbookVersion restored = service.restore(SLUG, 1, Actor.token("ops admin", 5));

        assertThat(restored.author()).isEqualTo("ops admin");
        assertThat(audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(Actor.token("ops admin", 5));
            assertThat(entry.action()).isEqualTo(AuditAction.RUNBOOK_RESTORED);
            assertThat(entry.target()).isEqualTo("runbook " + SLUG);
            assertThat(entry.detail()).isEqualTo("version 1 restored as version 3");
        });
        assertThatThrownBy(() -> service.restore(SLUG, 9, Actor.LIBRARY)).isInstanceOf(DomainException.NotFound.class);
        assertThat(audit.all()).extracting(AuditEntry::target).hasSize(1);
    }

    @Test
    void aTaskThatIsNotDoneIsRefusedNamingItAndItsStatus() {
        TaskId done = restartedPods("node-1", "shop");
        TaskId open = openTask();

        assertThatThrownBy(() -> service.generate("Restart crash-looping pods", List.of(done, open), "marcus"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> {
                    assertThat(wrong.field()).isEqualTo("taskIds");
                    assertThat(wrong.value()).isEqualTo(open.toString());
                })
                .hasMessageContaining("OPEN");
        assertThat(service.list()).isEmpty();
    }

    @Test
    void aTaskThatDoesNotExistIsNotFoundByItsId() {
        assertThatThrownBy(() -> service.generate("Restart crash-looping pods", List.of(TaskId.of(404)), "marcus"))
                .isInstanceOf(DomainException.NotFound.class).hasMessageContaining("404");
    }

    @Test
    void noTasksOrNoAuthorAreRefused() {
        assertThatThrownBy(() -> service.generate("Restart", List.of(), "marcus"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("taskIds"));
        assertThatThrownBy(() -> service.generate("Restart", List.of(TaskId.of(1)), " "))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("author"));
    }

    @Test
    void aFilterSelectsTheDoneTasksOfItsAlertOnMatchingComponentsSinceItsInstant() {
        TaskId old = restartedPods("node-1", "shop");
        clock.advance(Duration.ofDays(100));
        TaskId recent = restartedPods("node-2", "billing");
        TaskId other = restartedPods("node-3", "search");
        openTask();
        RunbookFilter filter = new RunbookFilter(ALERT, "kind:node", clock.instant().minus(Duration.ofDays(90)));

        RunbookVersion version = service.generate("Restart crash-looping pods", filter, "marcus");

        assertThat(version.number()).isEqualTo(1);
        assertThat(service.get(SLUG).runbook().sourceTasks()).containsExactly(recent, other).doesNotContain(old);
    }

    @Test
    void aFilterByAlertNameSelectsTheTasksWhoseAlertHadThatAlertnameLabelWhateverTheirSummary() {
        TaskId disk = cleanedDisk(AlertSource.ALERTMANAGER, "fp-disk", "Disk almost full on node-9", Map.of("alertname", "HighDiskUsage"));
        cleanedDisk(AlertSource.ALERTMANAGER, "fp-inode", "HighDiskUsage", Map.of("alertname", "HighInodeUsage"));
        restartedPods("node-1", "shop");

        RunbookVersion version = service.generate("Free disk space", new RunbookFilter("HighDiskUsage", null, null), "marcus");

        Runbook runbook = service.get(version.slug()).runbook();
        assertThat(runbook.sourceTasks()).containsExactly(disk);
        assertThat(runbook.scope().alertNames()).containsExactly("HighDiskUsage");
        assertThatThrownBy(() -> service.generate("Free disk space", new RunbookFilter("Disk almost full on node-9", null, null), "marcus"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("filter"));
    }

    @Test
    void anAlertWithoutAnAlertnameLabelIsSelectedByItsSummary() {
        TaskId paged = cleanedDisk(AlertSource.EVENTS, "disk-node-9", "Disk almost full on node-9", Map.of("source", "node-9"));

        RunbookVersion version = service.generate("Free disk space", new RunbookFilter("Disk almost full on node-9", null, null), "marcus");

        assertThat(service.get(version.slug()).runbook().sourceTasks()).containsExactly(paged);
        assertThat(service.get(version.slug()).runbook().scope().alertNames()).containsExactly("Disk almost full on node-9");
    }

    @Test
    void aFilterSelectingNoTaskIsRefused() {
        restartedPods("node-1", "shop");

        assertThatThrownBy(() -> service.generate("Restart", new RunbookFilter("Another alert", null, null), "marcus"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("filter"));
        assertThatThrownBy(() -> service.generate("Restart", new RunbookFilter(null, "kind:database", null), "marcus"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("filter"));
    }

    @Test
    void aFilterWithABrokenComponentQueryIsRefusedUnderItsField() {
        assertThatThrownBy(() -> new RunbookFilter(null, "kind:(", null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("filter.components"));
    }

    @Test
    void theCurrentVersionRendersInTheFormAsked() {
        service.generate("Restart crash-looping pods", List.of(restartedPods("node-1", "shop")), "marcus");

        assertThat(service.render(SLUG, Form.MARKDOWN)).startsWith("MARKDOWN\n").contains("Restart crash-looping pods");
    }

    @Test
    void anUnknownRunbookIsNotFound() {
        RunbookSlug unknown = new RunbookSlug("nothing-here");

        assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(DomainException.NotFound.class).hasMessageContaining("nothing-here");
        assertThatThrownBy(() -> service.versions(unknown)).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> service.render(unknown, Form.JSON)).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> service.diff(unknown, 1, 2)).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> service.restore(unknown, 1, "anna")).isInstanceOf(DomainException.NotFound.class);
    }

    /** A task opened by the alert on {@code host} that looked at the pods, deleted one instead of restarting the deployment (after a failed try), and checked the kubelet. */
    private TaskId deletedAPod(String host, String namespace) {
        TaskId task = alertOpensTask(host);
        ran(task, "kubectl -n " + namespace + " get pods -o wide", 0, "NAME READY STATUS\n");
        ran(task, "kubectl -n " + namespace + " delete pod web-1 --grace-period=now", 1, "error: invalid grace period\n");
        ran(task, "kubectl -n " + namespace + " delete pod web-1", 0, "pod \"web-1\" deleted\n");
        ran(task, "ssh " + host + " systemctl status kubelet", 0, "active (running)\n");
        finish(task, "deleted the stuck pod on " + host);
        return task;
    }

    @Test
    void driftOfATaskThatSkippedAStepAndAddedOneShowsBothAndSavesNothing() {
        TaskId source = restartedPods("node-1", "shop");
        service.generate("Restart crash-looping pods", List.of(source), "marcus");
        TaskId followed = deletedAPod("node-2", "billing");

        DriftProposal proposal = service.drift(SLUG, followed);

        assertThat(proposal.currentVersion()).isEqualTo(1);
        assertThat(proposal.followed()).isEqualTo(followed);
        assertThat(proposal.drift().added()).containsExactly("kubectl -n billing delete pod web-1");
        assertThat(proposal.drift().skipped()).containsExactly("kubectl -n shop rollout restart deployment/web");
        assertThat(proposal.drift().failed()).containsExactly("kubectl -n billing delete pod web-1 --grace-period=now");
        assertThat(proposal.summary()).contains("added `kubectl -n billing delete pod web-1`")
                .contains("skipped `kubectl -n shop rollout restart deployment/web`");
        assertThat(proposal.diff()).startsWith("--- a/" + SLUG + ".json\n+++ b/" + SLUG + ".json\n")
                .contains("\n+").contains("delete pod web-1").contains("rollout restart deployment/web");
        assertThat(proposal.drift().proposed().sourceTasks()).containsExactly(source, followed);
        assertThat(service.versions(SLUG)).hasSize(1);
        assertThat(service.get(SLUG).version()).isEqualTo(1);
    }

    @Test
    void acceptingADriftSavesTheProposalAsTheNextVersionNamingTheTask() {
        TaskId source = restartedPods("node-1", "shop");
        service.generate("Restart crash-looping pods", List.of(source), "marcus");
        TaskId followed = deletedAPod("node-2", "billing");
        DriftProposal proposal = service.drift(SLUG, followed);

        RunbookVersion accepted = service.acceptDrift(SLUG, followed, "anna");

        assertThat(accepted.number()).isEqualTo(2);
        assertThat(accepted.author()).isEqualTo("anna");
        assertThat(accepted.message()).isEqualTo("Drift from task %s: %s".formatted(followed, proposal.summary()));
        assertThat(service.get(SLUG).version()).isEqualTo(2);
        assertThat(service.get(SLUG).runbook()).isEqualTo(proposal.drift().proposed());
        assertThat(archive.document(SLUG, 2)).isEqualTo(service.get(SLUG).document());
    }

    @Test
    void driftIsRefusedForASourceTaskAnUnfinishedTaskOrWithoutAuthor() {
        TaskId source = restartedPods("node-1", "shop");
        service.generate("Restart crash-looping pods", List.of(source), "marcus");
        TaskId open = openTask();

        assertThatThrownBy(() -> service.drift(SLUG, source))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("taskId"));
        assertThatThrownBy(() -> service.drift(SLUG, open))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("taskId"));
        assertThatThrownBy(() -> service.acceptDrift(SLUG, open, " "))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("author"));
        assertThatThrownBy(() -> service.drift(new RunbookSlug("nothing-here"), open)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void theRunbooksSuggestedForATaskAreThoseAttachedToIt() {
        service.generate("Restart crash-looping pods", List.of(restartedPods("node-1", "shop")), "marcus");
        TaskId task = openTask();
        store.attach(SLUG, task, T0);

        assertThat(service.suggestedFor(task)).extracting(StoredRunbook::slug).containsExactly(SLUG);
        assertThat(service.suggestedFor(restartedPods("node-2", "billing"))).isEmpty();
        assertThatThrownBy(() -> service.suggestedFor(TaskId.of(404))).isInstanceOf(DomainException.NotFound.class);
    }
}
