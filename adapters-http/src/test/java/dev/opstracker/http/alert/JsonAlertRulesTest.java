package dev.opstracker.http.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.Priority;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonAlertRulesTest {

    private static final String FULL = """
            {
              "rules": [
                {
                  "name": "acme-disks",
                  "sources": ["alertmanager", "grafana"],
                  "matchers": ["alertname=HighDiskUsage", "env=~prod|staging"],
                  "priorities": {"critical": "P1", "warning": "P2"},
                  "closeOnResolve": false,
                  "refire": "new-task",
                  "groupBy": ["alertname", "cluster"],
                  "groupWindow": "15m",
                  "threshold": {"count": 3, "window": "PT10M"},
                  "assignee": "marcus",
                  "client": "ACME",
                  "project": "acme-web"
                }
              ],
              "default": {"groupBy": [], "priorities": {"info": "P3"}}
            }
            """;

    private final JsonAlertRules codec = new JsonAlertRules();

    @Test
    void aFullDocumentReadsIntoRulesWithEveryMemberApplied() {
        AlertRules rules = codec.read(FULL);

        AlertRule rule = rules.rules().get(0);
        assertThat(rule.name()).isEqualTo("acme-disks");
        assertThat(rule.sources()).containsExactlyInAnyOrder(AlertSource.ALERTMANAGER, AlertSource.GRAFANA);
        assertThat(rule.matchers()).hasToString("[alertname=HighDiskUsage, env=~prod|staging]");
        assertThat(rule.policy().priorityOf(Severity.WARNING)).isEqualTo(Priority.P2);
        assertThat(rule.policy().closeOnResolve()).isFalse();
        assertThat(rule.policy().refire()).isEqualTo(IntakePolicy.Refire.NEW_TASK);
        assertThat(rule.policy().groupBy()).containsExactly("alertname", "cluster");
        assertThat(rule.policy().groupWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(rule.threshold().count()).isEqualTo(3);
        assertThat(rule.threshold().window()).isEqualTo(Duration.ofMinutes(10));
        assertThat(rule.defaults().assignee()).isEqualTo("marcus");
        assertThat(rule.defaults().client().value()).isEqualTo("ACME");
        assertThat(rules.fallback().policy().groupBy()).isEmpty();
        assertThat(rules.fallback().policy().priorityOf(Severity.INFO)).isEqualTo(Priority.P3);
        assertThat(rules.fallback().policy().closeOnResolve()).isTrue();
    }

    @Test
    void writingAndReadingBackGivesTheSameRules() {
        AlertRules rules = codec.read(FULL);

        assertThat(codec.read(codec.write(rules))).isEqualTo(rules);
        assertThat(codec.read(codec.write(AlertRules.DEFAULT))).isEqualTo(AlertRules.DEFAULT);
        assertThat(codec.read("{}")).isEqualTo(AlertRules.DEFAULT);
        assertThat(codec.write(rules)).contains("\"groupWindow\" : \"15m\"", "\"window\" : \"10m\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"rules\": [{\"name\": \"a\", \"colour\": \"red\"}]}                       | rules     | unknown field 'rules[0].colour'",
        "{\"rules\": [{\"name\": \"a\"}, {\"name\": \"b\", \"matchers\": [\"x~1\"]}]} | rules[1].matchers[0] | a matcher is",
        "{\"rules\": [{\"name\": \"a\", \"refire\": \"sometimes\"}]}                  | rules[0].refire | expected reopen or new-task",
        "{\"rules\": [{\"name\": \"a\", \"groupWindow\": \"soon\"}]}                  | rules[0].groupWindow | a span of time",
        "{\"rules\": [{\"name\": \"a\", \"priorities\": {\"page\": \"P1\"}}]}         | rules[0].priorities | critical, error, warning, info",
        "{\"rules\": [{\"name\": \"a\", \"threshold\": {\"count\": 0, \"window\": \"1m\"}}]} | rules[0].threshold.count | between 1",
        "{\"rules\": [{\"name\": \"a\", \"sources\": [\"nagios\"]}]}                  | rules[0].sources | alertmanager, grafana",
        "{\"rules\": [{\"name\": \"a b\"}]}                                          | rules[0].name | a rule name",
        "{\"rules\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}                          | rules | two rules are named a",
        "{\"default\": {\"matchers\": [\"a=b\"]}}                                     | default | no name, sources or matchers",
        "[1, 2]                                                                      | rules | ",
    })
    void aBadDocumentIsRefusedNamingWhereInItTheProblemIs(String document, String field, String problem) {
        assertThatThrownBy(() -> codec.read(document)).isInstanceOfSatisfying(DomainException.InvalidInput.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.getMessage()).contains(problem == null ? "" : problem);
        });
    }

    @Test
    void spansOfTimeReadInShortAndIsoFormsAndWriteInTheShortestExactOne() {
        assertThat(Durations.parse("f", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("f", "2h")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("f", "1d")).isEqualTo(Duration.ofDays(1));
        assertThat(Durations.parse("f", "pt90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Durations.format(Duration.ofDays(2))).isEqualTo("2d");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("PT1.5S");
        assertThatThrownBy(() -> Durations.parse("groupWindow", null)).isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void aRuleWithoutSourcesTakesEverySource() {
        AlertRules rules = codec.read("{\"rules\": [{\"name\": \"all\"}]}");

        assertThat(rules.rules().get(0).sources()).isEqualTo(Set.of());
        assertThat(rules.rules()).extracting(AlertRule::name).isEqualTo(List.of("all"));
    }
}
