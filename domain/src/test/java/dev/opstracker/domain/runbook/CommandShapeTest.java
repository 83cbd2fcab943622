package dev.opstracker.domain.runbook;

import static dev.opstracker.domain.runbook.SourceTasks.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandShapeTest {

    private static ParsedCommand parse(String line) {
        return ParsedCommand.parse(ok(line));
    }

    @Test
    void tokensSplitOnWhitespaceButNotInsideQuotes() {
        assertThat(CommandTokens.split("  ssh web-1  'sudo systemctl  restart nginx' \"a b\" 'open"))
                .containsExactly("ssh", "web-1", "'sudo systemctl  restart nginx'", "\"a b\"", "'open");
        assertThat(CommandTokens.split("   ")).isEmpty();
    }

    @Test
    void theProgramComesAfterAssignmentsAndSudo() {
        assertThat(parse("KUBECONFIG=/etc/k.conf sudo -E /usr/local/bin/kubectl get pods").program()).isEqualTo("kubectl");
        assertThat(parse("sudo").program()).isEqualTo("sudo");
    }

    @Test
    void runsInDifferentNamespacesHaveTheSameShape() {
        assertThat(parse("kubectl -n prod rollout restart deploy/api").shape())
                .isEqualTo(parse("kubectl  -n staging rollout   restart deploy/api").shape())
                .isNotEqualTo(parse("kubectl -n prod rollout restart deploy/web").shape());
        assertThat(parse("kubectl --namespace=prod get pods").shape()).isEqualTo(parse("kubectl --namespace=qa get pods").shape());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kubectl -n prod get pods | prod | namespace",
        "kubectl get pods --namespace=prod | prod | namespace",
        "mysql --host db-1 -e 1 | db-1 | host",
        "ping -h db-1.example.com | db-1.example.com | host",
        "aws ec2 reboot-instances --instance-ids i-0abc1234 | i-0abc1234 | instance_id",
        "aws ec2 describe-instances i-0abc12345def67890 | i-0abc12345def67890 | instance_id",
        "helm upgrade api chart --version 2.0 | 2.0 | version",
        "deploy api v1.2.3-rc.1 | v1.2.3-rc.1 | version",
        "curl 10.0.0.7:8080 | 10.0.0.7 | host",
        "ssh -p 2222 -i /keys/ops admin@web-1 uptime | web-1 | host",
        "scp dump.sql ops@backup.example.com | backup.example.com | host",
        "tail -f /var/log/syslog | /var/log/syslog | path",
        "kubectl apply -f deploy.yaml | deploy.yaml | path",
        "kubectl scale deploy/api --replicas=5 | 5 | value",
        "head -n 20 | 20 | value",
        "HOST=web-1.example.com ./check.sh | web-1.example.com | host",
        "curl -s 'https://ops@api-1:8443/health?x=1' | api-1 | host",
        "rsync -a backup:/srv/ /srv/ | backup | host",
        "cp db-1.example.com:/a . | db-1.example.com | host",
        "kubectl set image deploy/api api=registry.example.com/api:v1.2.4 | v1.2.4 | version",
        "apt-get install nginx=1.24.0-1ubuntu1 | 1.24.0-1ubuntu1 | version",
    })
    void aValueIsNamedByTheFlagBeforeItElseByItsShape(String line, String value, String kind) {
        assertThat(parse(line).slots()).anySatisfy(slot -> {
            assertThat(slot.value()).isEqualTo(value);
            assertThat(slot.kind()).isEqualTo(kind);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "systemctl restart nginx.service",
        "kubectl get pods -o wide",
        "df -h /",
        "mysql --password **** -e 1",
        "head -n -5 file",
        "kubectl get deploy/api",
    })
    void wordsFilesAndMaskedSecretsAreNoVariables(String line) {
        assertThat(parse(line).slots()).noneSatisfy(slot -> assertThat(slot.kind()).isIn("host", "namespace"));
        assertThat(parse(line).slots()).noneSatisfy(slot -> assertThat(slot.value()).contains("****"));
    }

    @Test
    void aCommandIsWrittenBackWithItsPlaceholders() {
        ParsedCommand command = parse("kubectl --namespace=prod get pods -l app=api");

        assertThat(command.render(Map.of(1, "{{namespace}}"))).isEqualTo("kubectl --namespace={{namespace}} get pods -l app=api");
        assertThat(command.render(Map.of())).isEqualTo("kubectl --namespace=prod get pods -l app=api");
        assertThat(parse("curl http://web-1:8080/health").render(Map.of(1, "{{host}}"))).isEqualTo("curl http://{{host}}:8080/health");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kubectl -n prod rollout restart deploy/api | true | Rollout restart (kubectl)",
        "kubectl -n prod rollout status deploy/api | false | Rollout status (kubectl)",
        "ssh web-1 'sudo systemctl restart nginx' | true | Systemctl restart (ssh)",
        "aws ec2 terminate-instances --instance-ids i-0abc1234 | true | Ec2 terminate-instances (aws)",
        "helm upgrade api chart | true | Upgrade api (helm)",
        "rm -rf /tmp/cache | true | Run rm",
        "kubectl -n prod get pods -o wide | false | Get pods (kubectl)",
        "df -h | false | Run df",
    })
    void aCommandsWordsSayWhetherItChangesStateAndTitleItsStep(String line, boolean changes, String title) {
        assertThat(CommandVerbs.changesState(parse(line))).isEqualTo(changes);
        assertThat(CommandVerbs.title(parse(line))).isEqualTo(title);
    }

    @Test
    void theEditDistanceCountsTokens() {
        assertThat(RetryCollapse.editDistance(List.of("a", "b", "c"), List.of("a", "x", "c", "d"))).isEqualTo(2);
        assertThat(RetryCollapse.editDistance(List.of(), List.of("a"))).isEqualTo(1);
    }
}
