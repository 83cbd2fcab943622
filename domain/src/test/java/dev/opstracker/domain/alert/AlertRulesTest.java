package dev.opstracker.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alertname=HighDiskUsage     | true",
        "alertname!=HighDiskUsage    | false",
        "instance=~node-[0-9]+:9100  | true",
        "instance=~node              | false",
        "instance!~db-.*             | true",
        "team=                       | true",
        "alertname = \"HighDiskUsage\" | true",
    })
    void matchersReadAsAlertmanagerWritesThemAndRegexesMatchWholeValues(String matcher, boolean matches) {
        assertThat(LabelMatcher.parse("matchers[0]", matcher).matches(Alerts.firing("fp1"))).isEqualTo(matches);
    }

    @Test
    void aMatcherThatIsNotOneOfTheFourFormsOrABadRegexIsRefusedNamingWhere() {
        assertThatThrownBy(() -> LabelMatcher.parse("rules[2].matchers[0]", "alertname~x"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("rules[2].matchers[0]"));
        assertThatThrownBy(() -> LabelMatcher.parse("rules[0].matchers[1]", "instance=~node-[")).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                e -> assertThat(e).hasMessageContaining("not a valid regular expression").extracting(DomainException.InvalidInput::field)
                        .isEqualTo("rules[0].matchers[1]"));
        assertThat(LabelMatcher.parse("m", "env!=dev")).hasToString("env!=dev");
    }

    @Test
    void anAlertFollowsTheFirstRuleThatTakesItElseTheFallback() {
        AlertRule disks = rule("disks", Set.of(), "alertname=HighDiskUsage");
        AlertRule grafanaOnly = rule("grafana", Set.of(AlertSource.GRAFANA), "alertname=~.*");
        AlertRules rules = new AlertRules(List.of(grafanaOnly, disks), AlertRule.CATCH_ALL);

        assertThat(rules.select(Alerts.firing("fp1")).name()).isEqualTo("disks");
        assertThat(rules.select(withLabels(Map.of("alertname", "Other"))).name()).isEqualTo("default");
        assertThat(AlertRules.of(disks).select(withLabels(Map.of())).name()).isEqualTo("disks");
    }

    @Test
    void ruleNamesAreUniqueAndWellFormedAndRulesAreBounded() {
        assertThatThrownBy(() -> new AlertRules(List.of(rule("a", Set.of()), rule("a", Set.of())), AlertRule.CATCH_ALL))
                .hasMessageContaining("two rules are named a");
        assertThatThrownBy(() -> rule("bad name", Set.of())).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new AlertRules(Collections.nCopies(AlertRules.MAX_RULES + 1, AlertRule.CATCH_ALL), AlertRule.CATCH_ALL))
                .isInstanceOf(DomainException.InvalidInput.class);
        List<LabelMatcher> many = Collections.nCopies(AlertRule.MAX_MATCHERS + 1, LabelMatcher.parse("m", "a=b"));
        assertThatThrownBy(() -> new AlertRule("many", null, many, IntakePolicy.DEFAULT, Threshold.NONE, TaskDefaults.NONE))
                .isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void aRulesDefaultsGoOntoTheTasksItsAlertsOpen() {
        TaskDefaults defaults = new TaskDefaults("marcus", BillingCode.parseOptional("client", "ACME"), BillingCode.parseOptional("project", "web"));
        IntakePolicy policy = new IntakePolicy(true, IntakePolicy.Refire.REOPEN, Map.of(Severity.CRITICAL, Priority.P2), List.of(), Duration.ZERO);
        AlertRule rule = new AlertRule("acme", Set.of(), List.of(), policy, Threshold.NONE, defaults);

        IncidentDecision.Open open = (IncidentDecision.Open) IncidentRules.decide(Alerts.firing("fp1"), Optional.empty(), Optional.empty(), rule, NOW);

        assertThat(open.task().assignee()).isEqualTo("marcus");
        assertThat(open.task().client().value()).isEqualTo("ACME");
        assertThat(open.task().project().value()).isEqualTo("web");
        assertThat(open.task().priority()).isEqualTo(Priority.P2);
        assertThat(open.groupKey()).isNull();
    }

    @Test
    void belowItsThresholdAProblemStaysPendingAndItsCountRestartsAfterTheWindow() {
        AlertRule flapping = new AlertRule("flapping", Set.of(), List.of(), IntakePolicy.DEFAULT, new Threshold(3, Duration.ofMinutes(10)),
                TaskDefaults.NONE);
        IncidentDecision first = IncidentRules.decide(Alerts.firing("fp1"), Optional.empty(), Optional.empty(), flapping, NOW);
        Incident pending = ((IncidentDecision.Pend) first).incident().withId(5);
        IncidentDecision second = IncidentRules.decide(Alerts.firing("fp1"), Optional.of(pending), Optional.empty(), flapping, NOW.plusSeconds(60));
        Incident twice = ((IncidentDecision.Pend) second).incident();
        IncidentDecision third = IncidentRules.decide(Alerts.firing("fp1"), Optional.of(twice), Optional.empty(), flapping, NOW.plusSeconds(120));
        IncidentDecision late = IncidentRules.decide(Alerts.firing("fp1"), Optional.of(twice), Optional.empty(), flapping, NOW.plusSeconds(601));

        assertThat(pending.isPending()).isTrue();
        assertThat(twice.occurrences()).isEqualTo(2);
        assertThat(third).isInstanceOfSatisfying(IncidentDecision.Open.class, open -> assertThat(open.promoting().id()).isEqualTo(5));
        assertThat(((IncidentDecision.Pend) late).incident().occurrences()).isEqualTo(1);
        assertThat(((IncidentDecision.Pend) late).incident().firstSeenAt()).isEqualTo(NOW.plusSeconds(601));
    }

    @Test
    void thresholdsAreBoundedAndNeedAWindow() {
        assertThatThrownBy(() -> new Threshold(0, Duration.ofMinutes(1))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("threshold.count"));
        assertThatThrownBy(() -> new Threshold(3, Duration.ZERO)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("threshold.window"));
        assertThat(Threshold.NONE.immediate()).isTrue();
    }

    @Test
    void aWindowLongerThanAYearIsRefusedSinceAnInstantPlusItCouldOverflow() {
        Duration forever = Duration.ofSeconds(Long.MAX_VALUE);

        assertThatThrownBy(() -> new Threshold(2, forever)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("threshold.window"));
        assertThatThrownBy(() -> new IntakePolicy(true, IntakePolicy.Refire.REOPEN, Map.of(), List.of("alertname"), forever))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("groupWindow"));
        assertThat(new Threshold(2, IntakePolicy.MAX_WINDOW).window()).isEqualTo(Duration.ofDays(366));
    }

    private static AlertRule rule(String name, Set<AlertSource> sources, String... matchers) {
        return new AlertRule(name, sources, java.util.Arrays.stream(matchers).map(text -> LabelMatcher.parse("m", text)).toList(), IntakePolicy.DEFAULT,
                Threshold.NONE, TaskDefaults.NONE);
    }

    private static Alert withLabels(Map<String, String> labels) {
        return new Alert(AlertSource.ALERTMANAGER, null, "k", "e", AlertStatus.FIRING, Severity.INFO, "s", labels, null, null, null, null, null);
    }
}
