package dev.opstracker.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComponentMappingTest {

    private static final ComponentKind NODE = ComponentKind.parse("node");

    @Test
    void theLabelsValueLosesItsPortAndIsQuotedIntoTheFilter() {
        ComponentMapping mapping = new ComponentMapping("instance", "kind:node name~{value}", ComponentMapping.Unknown.TAG, NODE, true);

        assertThat(mapping.valueOf(Alerts.firing("fp1"))).contains("node-7");
        assertThat(mapping.filterFor("db \"primary\"")).isEqualTo("kind:node name~\"db \\\"primary\\\"\"");
        assertThat(new ComponentMapping("cluster", "name~{value}", ComponentMapping.Unknown.TAG, NODE, false).valueOf(Alerts.firing("fp1"))).isEmpty();
    }

    @Test
    void aFilterWithoutThePlaceholderOrThatDoesNotParseIsRefusedNamingIt() {
        assertThatThrownBy(() -> new ComponentMapping("instance", "kind:node", ComponentMapping.Unknown.TAG, NODE, true))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("filter"));
        assertThatThrownBy(() -> new ComponentMapping("instance", "kind:node (name~{value}", ComponentMapping.Unknown.TAG, NODE, true))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("filter"));
        assertThatThrownBy(() -> new ComponentMapping("bad label", "name~{value}", ComponentMapping.Unknown.TAG, NODE, true))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("label"));
    }

    @Test
    void aRuleThatKeysByLabelsMakesTheDedupKeyFromThemWithMappedOnesAsTheirComponentsPath() {
        AlertRule rule = new AlertRule("disks", Set.of(), List.of(), IntakePolicy.DEFAULT, Threshold.NONE, TaskDefaults.NONE, List.of(),
                List.of("alertname", "instance", "missing"));

        Alert keyed = rule.keyed(Alerts.firing("fp1"), Map.of("instance", "aws/node-7"));

        assertThat(keyed.dedupKey()).isEqualTo("disks|alertname=HighDiskUsage|instance=aws/node-7|missing=");
        assertThat(keyed.eventKey()).isEqualTo(Alerts.firing("fp1").eventKey());
        assertThat(AlertRule.CATCH_ALL.keyed(Alerts.firing("fp1"), Map.of())).isEqualTo(Alerts.firing("fp1"));
        assertThat(rule.mappingOf("instance")).isEmpty();
    }

    @Test
    void aKeyTooLongForTheSourceBecomesTheRuleNameAndADigest() {
        AlertRule rule = new AlertRule("disks", Set.of(), List.of(), IntakePolicy.DEFAULT, Threshold.NONE, TaskDefaults.NONE, List.of(), List.of("instance"));

        Alert keyed = rule.keyed(Alerts.firing("fp1"), Map.of("instance", "x".repeat(600)));

        assertThat(keyed.dedupKey()).startsWith("disks|sha256:").hasSize("disks|sha256:".length() + 64);
    }
}
