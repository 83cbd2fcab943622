package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComponentRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final KindCatalogue KINDS = KindCatalogue.withRegistered(List.of(KindDefinition.registered(new ComponentKind("lambda"), null)));
    private static final ComponentRules ANY = new ComponentRules(1, KINDS, ParentingRules.permissive());
    private static final ComponentRules STRICT = new ComponentRules(2, KINDS,
            new ParentingRules(Map.of("provider", Set.of("region"), "region", Set.of("cluster", "lambda"), "cluster", Set.of("node")),
                    Set.of("provider")));
    private static final Component AWS = ANY.place(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null, T0)
            .withId(ComponentId.of(1));
    private static final Component REGION = ANY.place(ComponentDetails.of("region", "eu-west-1"), AWS, T0).withId(ComponentId.of(2));

    @Test
    void aComponentOfAnUnknownKindIsNotPlaced() {
        assertThatThrownBy(() -> ANY.place(ComponentDetails.of("servcie", "checkout"), REGION, T0))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.value()).isEqualTo("servcie"))
                .hasMessageContaining("did you mean service");
        assertThat(ANY.place(ComponentDetails.of("lambda", "resize"), REGION, T0).path()).hasToString("aws/eu-west-1/resize");
    }

    @Test
    void placingFollowsTheParentingRules() {
        assertThatThrownBy(() -> STRICT.place(ComponentDetails.of("node", "n1"), REGION, T0))
                .hasMessageContaining("a node may not be placed below a region");
    }

    @Test
    void changingToAnUnknownKindIsRefusedButKeepingAnOldUnknownKindIsNot() {
        Component legacy = new Component(ComponentId.of(3), REGION.id(), REGION.path().child("old"), new ComponentKind("legacy"),
                Provider.AWS, null, Map.of(), T0, T0, 1);

        assertThatThrownBy(() -> ANY.reshape(REGION, ComponentDetails.of("regoin", "eu-west-1"), AWS, T0))
                .hasMessageContaining("kind 'regoin' is invalid: unknown kind of component; did you mean region?");
        assertThat(ANY.reshape(legacy, ComponentDetails.of("legacy", "older"), REGION, T0).path()).hasToString("aws/eu-west-1/older");
        assertThat(ANY.reshape(REGION, ComponentDetails.of("lambda", "eu-west-1"), AWS, T0).kind()).isEqualTo(new ComponentKind("lambda"));
    }

    @Test
    void onlyAKindChangeUnderConfiguredRulesNeedsTheChildrenChecked() {
        Component renamed = ANY.reshape(REGION, ComponentDetails.of("region", "us-east-1"), AWS, T0);
        Component rekinded = ANY.reshape(REGION, ComponentDetails.of("lambda", "eu-west-1"), AWS, T0);

        assertThat(STRICT.childrenNeedChecking(REGION, renamed)).isFalse();
        assertThat(STRICT.childrenNeedChecking(REGION, rekinded)).isTrue();
        assertThat(ANY.childrenNeedChecking(REGION, rekinded)).isFalse();
    }

    @Test
    void aChildThatMayNotSitBelowTheNewKindIsNamedWithItsPathAndKind() {
        Component cluster = STRICT.place(ComponentDetails.of("cluster", "prod-eks"), REGION, T0).withId(ComponentId.of(3));
        Component asRegion = new Component(cluster.id(), cluster.parentId(), cluster.path(), new ComponentKind("lambda"), Provider.AWS,
                null, Map.of(), T0, T0, 2);
        KindedPath node = new KindedPath(ComponentPath.parse("aws/eu-west-1/prod-eks/n1"), new ComponentKind("node"));

        STRICT.checkChildren(asRegion, List.of());
        assertThatThrownBy(() -> STRICT.checkChildren(asRegion, List.of(node)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("kind");
                    assertThat(invalid.value()).isEqualTo("lambda");
                })
                .hasMessageContaining("aws/eu-west-1/prod-eks cannot become a lambda: its child aws/eu-west-1/prod-eks/n1 is a node,"
                        + " which may not sit below a lambda (allowed below a lambda: [])");
        assertThat(node).hasToString("aws/eu-west-1/prod-eks/n1 (node)");
    }
}
