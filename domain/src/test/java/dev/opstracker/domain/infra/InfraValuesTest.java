package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfraValuesTest {

    @Test
    void pathsAreReadWrittenAndComparedByTheirNames() {
        ComponentPath path = ComponentPath.parse(" /aws/eu-west-1/prod-eks/ ");

        assertThat(path).hasToString("aws/eu-west-1/prod-eks");
        assertThat(path.name()).isEqualTo("prod-eks");
        assertThat(path.depth()).isEqualTo(3);
        assertThat(path.child("checkout")).isEqualTo(ComponentPath.parse("aws/eu-west-1/prod-eks/checkout"));
        assertThat(path.child("checkout").isWithin(path)).isTrue();
        assertThat(path.isWithin(path)).isTrue();
        assertThat(ComponentPath.parse("aws/eu-west-1/prod-eks2").isWithin(path)).isFalse();
        assertThat(ComponentPath.root("aws").isWithin(path)).isFalse();
    }

    @Test
    void movingASubtreeRebasesEveryPathBelowIt() {
        ComponentPath service = ComponentPath.parse("aws/eu-west-1/prod-eks/checkout");

        assertThat(service.rebase(ComponentPath.parse("aws/eu-west-1"), ComponentPath.parse("aws/eu-central-1")))
                .isEqualTo(ComponentPath.parse("aws/eu-central-1/prod-eks/checkout"));
        assertThatThrownBy(() -> service.rebase(ComponentPath.root("gcp"), ComponentPath.root("aws")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badPathsAndNamesAreRejected() {
        for (String bad : new String[] {"", "a//b", "-a", "a/ b", "a/b c"}) {
            assertThatThrownBy(() -> ComponentPath.parse(bad)).as(bad).isInstanceOf(DomainException.InvalidInput.class);
        }
        assertThatThrownBy(() -> ComponentPath.parse("a/".repeat(33) + "a")).hasMessageContaining("1 to 32 names");
        assertThat(ComponentPath.checkName("i-0abc123:eu@1")).isEqualTo("i-0abc123:eu@1");
    }

    @Test
    void aNameIsALetterOrDigitThenUpTo127LettersDigitsOrTheSevenMarks() {
        assertThat(ComponentPath.checkName("a" + "_.:@+=-9Z".repeat(14) + "x")).hasSize(128);
        assertThat(ComponentPath.checkName("7")).isEqualTo("7");
        for (String bad : new String[] {"a".repeat(129), "_a", "a/b", "café", "a b", "a\nb", "a,b", "Ａ"}) {
            assertThatThrownBy(() -> ComponentPath.checkName(bad)).as(bad).isInstanceOf(DomainException.InvalidInput.class)
                    .hasMessageContaining("letter or digit followed by up to 127");
        }
    }

    @Test
    void aTagKeyIsALetterThenUpTo62LettersDigitsOrTheFourMarks() {
        assertThat(Tags.checkKey("k" + "_./-9Z".repeat(10) + "xy")).hasSize(63);
        for (String bad : new String[] {"k".repeat(64), "9k", "-k", "k:v", "k=v", "ké", "k k", ""}) {
            assertThatThrownBy(() -> Tags.checkKey(bad)).as(bad).isInstanceOf(DomainException.InvalidInput.class)
                    .hasMessageContaining("a tag key is a letter");
        }
    }

    @Test
    void kindsAreLowercaseNamesWithBuiltInsKnown() {
        assertThat(ComponentKind.parse(" Load-Balancer ").name()).isEqualTo("load-balancer");
        assertThat(new ComponentKind("load-balancer").isBuiltIn()).isTrue();
        assertThat(new ComponentKind("kafka-topic").isBuiltIn()).isFalse();
        assertThat(ComponentKind.BUILT_IN).contains("provider", "account", "region", "datacenter", "network", "cluster", "node",
                "server", "namespace", "service", "database", "queue", "bucket", "load-balancer", "dns-zone", "certificate");
        assertThatThrownBy(() -> ComponentKind.parse("9lives")).isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void providersAreReadByTheirWireNames() {
        assertThat(Provider.parse("provider", "ON-PREM")).isEqualTo(Provider.ON_PREM);
        assertThat(Provider.parse("provider", "onprem")).isEqualTo(Provider.ON_PREM);
        assertThat(Provider.HETZNER).hasToString("hetzner");
        assertThatThrownBy(() -> Provider.parse("provider", null)).isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void tagsHaveValidatedKeysAndOptionalValues() {
        assertThat(Tags.parse("team=payments")).isEqualTo(Map.entry("team", "payments"));
        assertThat(Tags.parse("deprecated")).isEqualTo(Map.entry("deprecated", ""));
        assertThat(Tags.parse("k8s.io/role=node=worker")).isEqualTo(Map.entry("k8s.io/role", "node=worker"));
        Map<String, String> withNull = new HashMap<>();
        withNull.put("deprecated", null);
        assertThat(Tags.copyOf(withNull)).containsEntry("deprecated", "");
        assertThatThrownBy(() -> Tags.parse("=x")).isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> Tags.parse("k=a\tb")).hasMessageContaining("no control characters");
        assertThatThrownBy(() -> Tags.parse("k=" + "v".repeat(257))).hasMessageContaining("at most 256");
    }

    @Test
    void descendantsInheritTagsWithTheirOwnValueWinning() {
        Map<String, String> effective = Tags.inherited(List.of(
                Map.of("env", "prod", "owner", "platform"), Map.of("owner", "payments"), Map.of("tier", "1")));

        assertThat(effective).containsExactly(Map.entry("env", "prod"), Map.entry("owner", "payments"), Map.entry("tier", "1"));
    }

    @Test
    void componentIdsArePositiveNumbers() {
        assertThat(ComponentId.parse(" 7 ")).isEqualTo(ComponentId.of(7));
        assertThat(ComponentId.of(7)).hasToString("7");
        assertThatThrownBy(() -> ComponentId.parse("x")).isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> ComponentId.of(0)).isInstanceOf(DomainException.InvalidInput.class);
    }
}
