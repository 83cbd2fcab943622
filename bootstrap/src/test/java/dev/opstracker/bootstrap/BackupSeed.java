package dev.opstracker.bootstrap;

import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.application.time.CreateProjectCommand;
import dev.opstracker.application.time.NewEntry;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Project;
import dev.opstracker.domain.time.Rounding;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;

/** A data directory's worth of everything, made through the library: what a backup must carry over. */
final class BackupSeed {

    static final String LOAD_PREFIX = "load ";
    static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private BackupSeed() {
    }

    /** Seeds components, billing, tasks with runs (one output spanning several encrypted chunks), an alert's incident, time and a runbook of two versions. */
    static RunbookSlug seed(OpsTracker ops) {
        Currency eur = Currency.getInstance("EUR");
        ops.billing().createClient(new CreateClientCommand(new Client(new BillingCode("ACME"), "Acme", eur,
                new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0)), Money.of("120.00", "EUR"), null));
        ops.billing().createProject(new CreateProjectCommand(new Project(new BillingCode("ACME"), new BillingCode("acme-k8s"), "Kubernetes", null),
                Money.of("135.00", "EUR"), null));
        Component aws = ops.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS)
                .withTags(Map.of("client", "ACME")), null));
        Component cluster = ops.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("cluster", "prod-eks"), aws.id()));

        TaskId first = restarted(ops, "payments", cluster);
        TaskId second = restarted(ops, "checkout", cluster);
        TaskId acme = ops.tasks().create(new TaskDetails("Tune ACME's database", null, Priority.P2, null, null, new BillingCode("ACME"), null, null,
                Map.of("ticket", "ACME-42"))).id();
        record(ops, acme, 0, List.of("psql", "-c", "vacuum analyze"), bytes(200_000, 7), text("notice: done\n"));
        ops.time().add(new NewEntry(acme, "marcus", START, START.plusSeconds(5_400), BERLIN, new BillingCode("ACME"), new BillingCode("acme-k8s"),
                true, "vacuum", Activity.MAINTENANCE));
        ops.time().add(new NewEntry(first, "anna", START.plusSeconds(7_200), START.plusSeconds(9_000), BERLIN, null, null, null, "restart",
                Activity.INCIDENT));

        Alert alert = new Alert(AlertSource.ALERTMANAGER, null, "fp-disk", "fp-disk/firing", AlertStatus.FIRING, Severity.CRITICAL,
                "Disk almost full on db-1", Map.of("alertname", "DiskFull", "instance", "db-1"), null, null, null, null, null);
        ops.alerts().receive(AlertSource.ALERTMANAGER, "{\"alerts\":[]}".getBytes(StandardCharsets.UTF_8), List.of(alert));

        RunbookSlug slug = ops.runbooks().generate("Restart crash-looping pods", List.of(first), "marcus").slug();
        ops.runbooks().generate("Restart crash-looping pods", List.of(first, second), "anna");
        return slug;
    }

    private static TaskId restarted(OpsTracker ops, String namespace, Component cluster) {
        TaskId task = ops.tasks().create(TaskDetails.titled("Pods crash-looping in " + namespace)).id();
        ops.links().link(task, cluster.id(), LinkRole.AFFECTED);
        record(ops, task, 0, List.of("kubectl", "-n", namespace, "get", "pods"), text("api-7d9 0/1 CrashLoopBackOff\n"), text(""));
        record(ops, task, 60, List.of("kubectl", "-n", namespace, "rollout", "restart", "deploy/api"), text("deployment.apps/api restarted\n"),
                text("warning: " + namespace + "\n"));
        ops.tasks().changeStatus(new ChangeTaskStatusCommand(task, TaskStatus.DONE, "rollout restart fixed it", OptionalLong.empty()));
        return task;
    }

    static void record(OpsTracker ops, TaskId task, int second, List<String> argv, InputStream stdout, InputStream stderr) {
        Instant start = START.plusSeconds(second);
        ops.commands().record(task, new RecordedCommand(argv, "/", Map.of("KUBECONFIG", "/etc/kube"), "ops-box", "marcus", start, start.plusSeconds(2),
                new CommandResult.Exited(0)), stdout, stderr);
    }

    static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream bytes(int length, long seed) {
        return new ByteArrayInputStream(randomBytes(length, seed));
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
