package dev.opstracker.domain.runbook;

import static dev.opstracker.domain.runbook.SourceTasks.failed;
import static dev.opstracker.domain.runbook.SourceTasks.ok;
import static dev.opstracker.domain.runbook.SourceTasks.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunbookGeneratorTest {

    private final RunbookGenerator generator = new RunbookGenerator();

    /** The same restart of the api done on one host and namespace; task 2 also looked at a pod no one else did. */
    private static SourceTask restart(long id, String host, String namespace, SourceCommand... extra) {
        return task(id).alert("ApiDown").kinds(Set.of("deployment"))
                .notes("Pods were stuck, restarted the api deployment with kubectl")
                .run(ok("ssh " + host + " uptime", " 10:00:01 up 3 days,  load average: 9.1"),
                        ok("kubectl -n " + namespace + " get pods", "NAME    READY   STATUS\napi-1   0/1     CrashLoopBackOff"))
                .run(extra)
                .run(ok("kubectl -n " + namespace + " rollout restart deploy/api", "deployment.apps/api restarted"),
                        ok("kubectl  -n " + namespace + "  rollout status deploy/api", "deployment \"api\" successfully rolled out"),
                        ok("ssh " + host + " df -h /var", "Filesystem Size Used\n/dev/sda1 100G 40G"))
                .time(Duration.ofMinutes(10 * id))
                .build();
    }

    private static List<SourceTask> threeRestarts() {
        return List.of(restart(1, "web-1.example.com", "prod"),
                restart(2, "web-2.example.com", "staging", ok("kubectl -n staging describe pod api-1")),
                restart(3, "10.0.0.7", "qa"));
    }

    @Test
    void threeSequencesDifferingInHostAndNamespaceGiveTheirCommonStepsWithVariables() {
        Runbook runbook = generator.generate("Restart the API", threeRestarts());

        assertThat(runbook.steps()).extracting(step -> step.commands().getFirst().command()).containsExactly(
                "ssh {{host}} uptime",
                "kubectl -n {{namespace}} get pods",
                "kubectl -n {{namespace}} rollout restart deploy/api",
                "kubectl -n {{namespace}} rollout status deploy/api",
                "ssh {{host}} df -h /var");
        assertThat(runbook.steps()).extracting(RunbookStep::title).containsExactly(
                "Uptime (ssh)", "Get pods (kubectl)", "Rollout restart (kubectl)", "Rollout status (kubectl)", "Df (ssh)");
        assertThat(runbook.steps().get(2)).isEqualTo(new RunbookStep("Rollout restart (kubectl)",
                "Pods were stuck, restarted the api deployment with kubectl",
                List.of(new StepCommand("kubectl -n {{namespace}} rollout restart deploy/api", "/home/ops", "deployment.apps/api restarted", 0)),
                "Check with step 4: `kubectl -n {{namespace}} rollout status deploy/api`", List.of(), true));
        assertThat(runbook.variables()).containsExactly(
                new RunbookVariable("host", "the machine the commands run against", List.of("web-1.example.com", "web-2.example.com", "10.0.0.7")),
                new RunbookVariable("namespace", "the Kubernetes namespace", List.of("prod", "staging", "qa")));
    }

    @Test
    void aStateChangeIsVerifiedByTheNextLookOfTheSameProgram() {
        List<RunbookStep> steps = generator.generate("Restart the API", threeRestarts()).steps();

        assertThat(steps).extracting(RunbookStep::changesState).containsExactly(false, false, true, false, false);
        assertThat(steps.get(2).verification()).isEqualTo("Check with step 4: `kubectl -n {{namespace}} rollout status deploy/api`");
        assertThat(steps.get(1).verification()).isEmpty();
    }

    @Test
    void aStepSaysWhyFromANoteNamingItsProgramAndExpectsTheFirstTasksOutput() {
        RunbookStep restart = generator.generate("Restart the API", threeRestarts()).steps().get(2);

        assertThat(restart.why()).isEqualTo("Pods were stuck, restarted the api deployment with kubectl");
        assertThat(restart.commands().getFirst().expectedOutput()).isEqualTo("deployment.apps/api restarted");
        assertThat(restart.commands().getFirst().successExitCode()).isZero();
        assertThat(generator.generate("Restart the API", threeRestarts()).steps().getFirst().why()).isEmpty();
    }

    @Test
    void aCommandRunByFewerThanHalfOfTheTasksIsNoStep() {
        Runbook runbook = generator.generate("Restart the API", threeRestarts());

        assertThat(runbook.toString()).doesNotContain("describe pod");
    }

    @Test
    void aFailedCommandFixedByASimilarOneIsOneStepWithAPitfall() {
        SourceTask task = task(1).run(
                failed("systemctl restart ngnix", 5, "\nFailed to restart ngnix.service: Unit ngnix.service not found.\nmore"),
                ok("systemctl restart nginx"),
                ok("systemctl status nginx", "active (running)")).build();

        List<RunbookStep> steps = generator.generate("Restart nginx", List.of(task)).steps();

        assertThat(steps).hasSize(2);
        assertThat(steps.getFirst().commands().getFirst().command()).isEqualTo("systemctl restart nginx");
        assertThat(steps.getFirst().pitfalls())
                .containsExactly("`systemctl restart ngnix` failed with exit 5: Failed to restart ngnix.service: Unit ngnix.service not found.");
        assertThat(steps.getFirst().verification()).isEqualTo("Check with step 2: `systemctl status nginx`");
    }

    @Test
    void aFailureNeverRetriedIsLeftOutWithoutANote() {
        SourceTask task = task(1).run(failed("kubectl drain node-7", null, "timed out"), ok("aws ec2 describe-instances")).build();

        Runbook runbook = generator.generate("Node maintenance", List.of(task));

        assertThat(runbook.steps()).singleElement().satisfies(step -> assertThat(step.pitfalls()).isEmpty());
        assertThat(runbook.toString()).doesNotContain("kubectl drain", "timed out");
    }

    @Test
    void plantedSecretsNeverAppearAnywhereInTheRunbook() {
        List<SourceTask> tasks = List.of(1, 2).stream().map(id -> task(id)
                .description("Rotate creds; the old token=hunter2hunter2 leaked.")
                .notes("Used PGPASSWORD=hunter2hunter2 to get in, then rolled back")
                .run(failed("mysql --password hunter2 -h db-" + id + ".example.com", 1, "password=hunter2 rejected"),
                        ok("mysql --password hunter2 -h db-" + id + ".example.com -e 'select 1'", "token: ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
                        ok("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG aws s3 ls", "Authorization: Bearer abc.def.ghi-123456"),
                        ok("helm rollback api 3 --token=s3cr3tToken"))
                .build()).toList();

        Runbook runbook = generator.generate("Rotate creds with api_key=hunter2hunter2", tasks);

        assertThat(runbook.toString()).doesNotContain("hunter2", "wJalrXUtnFEMI", "abcdefghijklmnop", "abc.def.ghi", "s3cr3tToken")
                .contains("--password ****", "{{host}}");
        assertThat(runbook.rollbackNotes()).contains("helm rollback api 3 --token=****");
    }

    @Test
    void expectedOutputIsBoundedToTheExcerptLength() {
        String manyLines = ("x".repeat(150) + "\n").repeat(100);
        SourceTask task = task(1).run(ok("journalctl -u nginx", manyLines), ok("cat /var/log/big", "y".repeat(5_000))).build();

        List<RunbookStep> steps = generator.generate("Logs", List.of(task)).steps();

        assertThat(steps).allSatisfy(step -> assertThat(step.commands().getFirst().expectedOutput())
                .hasSizeLessThanOrEqualTo(StepCommand.MAX_EXCERPT_LENGTH).isNotEmpty());
        assertThat(steps.getFirst().commands().getFirst().expectedOutput()).isEqualTo("x".repeat(150) + "\n" + "x".repeat(150));
    }

    @Test
    void generatingTwiceGivesEqualRunbooks() {
        assertThat(generator.generate("Restart the API", threeRestarts())).isEqualTo(generator.generate("Restart the API", threeRestarts()));
    }

    @Test
    void theOrderOfSetsInTheInputDoesNotChangeTheRunbook() {
        List<String> kinds = List.of("service", "node", "deployment", "namespace", "pod", "volume");
        SourceTask forward = task(1).kinds(new java.util.LinkedHashSet<>(kinds)).run(ok("kubectl get pods")).build();
        SourceTask backward = task(1).kinds(new java.util.LinkedHashSet<>(kinds.reversed())).run(ok("kubectl get pods")).build();

        Runbook one = generator.generate("Pods", List.of(forward));

        assertThat(one).isEqualTo(generator.generate("Pods", List.of(backward)));
        assertThat(one.prerequisites()).containsExactly("kubectl with access to the deployment, namespace, node, pod, service, volume");
    }

    @Test
    void aSingleTaskKeepsItsLiteralValues() {
        Runbook runbook = generator.generate("Restart the API", List.of(restart(1, "web-1.example.com", "prod")));

        assertThat(runbook.variables()).isEmpty();
        assertThat(runbook.steps()).extracting(step -> step.commands().getFirst().command())
                .contains("ssh web-1.example.com uptime", "kubectl -n prod rollout status deploy/api");
    }

    @Test
    void scopeHoldsAlertsKindsAndTheTagsEveryComponentShares() {
        List<SourceTask> tasks = List.of(
                task(1).alert("HighDiskUsage").kinds(Set.of("node")).tags(List.of(
                        java.util.Map.of("team", "sre", "env", "prod"), java.util.Map.of("team", "sre", "env", "prod", "tier", "web"))).build(),
                task(2).alert("NodeNotReady").kinds(Set.of("node", "volume")).tags(List.of(java.util.Map.of("team", "sre", "env", "staging"))).build(),
                task(3).build());

        RunbookScope scope = generator.generate("Disk", tasks).scope();

        assertThat(scope.alertNames()).containsExactly("HighDiskUsage", "NodeNotReady");
        assertThat(scope.componentKinds()).containsExactly("node", "volume");
        assertThat(scope.tags()).containsExactly(java.util.Map.entry("team", "sre"));
    }

    @Test
    void prerequisitesNameEachProgramInTheOrderOfFirstUse() {
        Runbook runbook = generator.generate("Restart the API", threeRestarts());

        assertThat(runbook.prerequisites()).containsExactly("ssh with access to the deployment", "kubectl with access to the deployment");
    }

    @Test
    void theEstimatedDurationIsTheMedianOfTheRecordedTimes() {
        assertThat(generator.generate("Restart the API", threeRestarts()).estimatedDuration()).isEqualTo(Duration.ofMinutes(20));
        List<SourceTask> even = List.of(task(1).time(Duration.ofMinutes(10)).build(), task(2).build(), task(3).time(Duration.ofMinutes(25)).build());
        assertThat(generator.generate("Even", even).estimatedDuration()).isEqualTo(Duration.ofSeconds(1050));
        assertThat(generator.generate("None", List.of(task(1).build())).estimatedDuration()).isNull();
    }

    @Test
    void thePurposeIsTheFirstSentenceOfTheDescriptionElseTheAlertElseTheTitle() {
        assertThat(generator.generate("Disk", List.of(task(1).alert("HighDiskUsage").description("Disk filled up. Logs grew.").build())).purpose())
                .isEqualTo("Disk filled up.");
        assertThat(generator.generate("Disk", List.of(task(1).alert("HighDiskUsage").build())).purpose()).isEqualTo("Resolve HighDiskUsage");
        assertThat(generator.generate("Disk", List.of(task(1).title("Clean the disk").build())).purpose()).isEqualTo("Clean the disk");
    }

    @Test
    void rollbackNotesComeFromNotesAndCommandsThatUndo() {
        SourceTask task = task(1).notes("Reverted the config change", "All good now")
                .run(ok("helm rollback api 3"), ok("kubectl rollout undo deploy/api"), failed("helm rollback web 2", 1, "")).build();

        assertThat(generator.generate("Undo", List.of(task)).rollbackNotes())
                .containsExactly("Reverted the config change", "helm rollback api 3", "kubectl rollout undo deploy/api");
    }

    @Test
    void theRunbookNamesItsSourceTasksAndTakesItsSlugFromTheTitle() {
        Runbook runbook = generator.generate("Restart the API", threeRestarts());

        assertThat(runbook.sourceTasks()).containsExactly(TaskId.of(1), TaskId.of(2), TaskId.of(3));
        assertThat(runbook.slug()).isEqualTo(new RunbookSlug("restart-the-api"));
    }

    @Test
    void anEmptyTaskListIsRefusedNamingTaskIds() {
        assertThatThrownBy(() -> generator.generate("Nothing", List.of()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("taskIds"));
        assertThatThrownBy(() -> generator.generate("Nothing", null)).isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void aThousandTasksOfFiveCommandsGiveFiveStepsWithEveryHostObserved() {
        List<SourceTask> tasks = java.util.stream.LongStream.rangeClosed(1, 1_000)
                .mapToObj(id -> task(id).run(ok("ssh web-" + id + ".example.com uptime"), ok("kubectl -n ns" + id + " get pods"),
                        ok("kubectl -n ns" + id + " rollout restart deploy/api"), ok("kubectl -n ns" + id + " rollout status deploy/api"),
                        ok("ssh web-" + id + ".example.com df -h")).build())
                .toList();

        Runbook runbook = generator.generate("Many", tasks);

        assertThat(runbook.steps()).hasSize(5);
        assertThat(runbook.variables()).extracting(variable -> variable.observedValues().size()).containsExactly(1_000, 1_000);
    }
}
