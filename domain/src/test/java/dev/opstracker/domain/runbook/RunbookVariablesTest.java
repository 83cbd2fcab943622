package dev.opstracker.domain.runbook;

import static dev.opstracker.domain.runbook.SourceTasks.ok;
import static dev.opstracker.domain.runbook.SourceTasks.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookVariablesTest {

    private final RunbookGenerator generator = new RunbookGenerator();

    private static SourceTask upgrade(long id, String instance, String version, int replicas, int lines, String host) {
        return task(id).run(
                ok("aws ec2 reboot-instances --instance-ids " + instance),
                ok("helm upgrade api chart --version " + version),
                ok("kubectl scale deploy/api --replicas=" + replicas),
                ok("tail -n " + lines + " /var/log/api.log"),
                ok("curl http://" + host + "/health"),
                ok("aws ec2 describe-instance-status --instance-ids " + instance)).build();
    }

    @Test
    void eachKindOfDifferingValueGetsItsNameAndSeveralPlainValuesAreNumbered() {
        Runbook runbook = generator.generate("Upgrade", List.of(
                upgrade(1, "i-0abc1234", "1.2.3", 3, 20, "web-1"), upgrade(2, "i-0def5678", "1.3.0", 5, 50, "web-2")));

        assertThat(runbook.variables()).extracting(RunbookVariable::name).containsExactly("instance_id", "version", "value", "value_2", "host");
        assertThat(runbook.steps()).extracting(step -> step.commands().getFirst().command()).containsExactly(
                "aws ec2 reboot-instances --instance-ids {{instance_id}}",
                "helm upgrade api chart --version {{version}}",
                "kubectl scale deploy/api --replicas={{value}}",
                "tail -n {{value_2}} /var/log/api.log",
                "curl http://{{host}}/health",
                "aws ec2 describe-instance-status --instance-ids {{instance_id}}");
        assertThat(runbook.variables().getFirst().observedValues()).containsExactly("i-0abc1234", "i-0def5678");
        assertThat(runbook.variables().getFirst().placeholder()).isEqualTo("{{instance_id}}");
    }

    @Test
    void twoValuesOfTheSameKindThatVaryApartAreTwoVariables() {
        Runbook runbook = generator.generate("Copy", List.of(
                task(1).run(ok("scp web-1.example.com:/a db-1.example.com"), ok("ssh web-1.example.com uptime"), ok("ssh db-1.example.com uptime")).build(),
                task(2).run(ok("scp web-2.example.com:/a db-1.example.com"), ok("ssh web-2.example.com uptime"), ok("ssh db-2.example.com uptime")).build(),
                task(3).run(ok("ssh web-3.example.com uptime"), ok("ssh db-2.example.com uptime")).build()));

        assertThat(runbook.variables()).extracting(RunbookVariable::name, RunbookVariable::observedValues).containsExactly(
                org.assertj.core.groups.Tuple.tuple("host", List.of("web-1.example.com", "web-2.example.com", "web-3.example.com")),
                org.assertj.core.groups.Tuple.tuple("host_2", List.of("db-1.example.com", "db-2.example.com")));
        assertThat(runbook.steps()).extracting(step -> step.commands().getFirst().command())
                .containsExactly("scp {{host}}:/a db-1.example.com", "ssh {{host}} uptime", "ssh {{host_2}} uptime");
    }

    @Test
    void aValueTheSameInEveryTaskStaysLiteral() {
        Runbook runbook = generator.generate("Same", List.of(
                task(1).run(ok("kubectl -n prod get pods")).build(), task(2).run(ok("kubectl -n prod get pods")).build()));

        assertThat(runbook.variables()).isEmpty();
        assertThat(runbook.steps().getFirst().commands().getFirst().command()).isEqualTo("kubectl -n prod get pods");
    }

    @Test
    void pitfallsAndRollbackCommandsUseTheVariablesSoTheSameMistakeInTwoTasksIsOnePitfall() {
        List<SourceTask> tasks = List.of("prod", "staging").stream().map(namespace -> task(namespace.length()).run(
                SourceTasks.failed("helm -n " + namespace + " rollback api", 1, "Error: no revision"),
                ok("helm -n " + namespace + " rollback api 3"),
                ok("kubectl -n " + namespace + " get pods")).build()).toList();

        Runbook runbook = generator.generate("Roll back", tasks);

        assertThat(runbook.steps().getFirst().pitfalls()).containsExactly("`helm -n {{namespace}} rollback api` failed with exit 1: Error: no revision");
        assertThat(runbook.rollbackNotes()).containsExactly("helm -n {{namespace}} rollback api 3");
    }
}
