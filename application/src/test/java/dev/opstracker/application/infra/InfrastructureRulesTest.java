package dev.opstracker.application.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.KindDefinition;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InfrastructureRulesTest {

    private static final ComponentKind LAMBDA = new ComponentKind("lambda");
    private static final ParentingRules PROVIDER_REGION_CLUSTER = new ParentingRules(
            Map.of("provider", Set.of("region"), "region", Set.of("cluster")), Set.of("provider"));

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryComponentStore components = new InMemoryComponentStore();
    private final InMemoryComponentRulesStore store = new InMemoryComponentRulesStore(components);
    private final InfrastructureRules rules = new InfrastructureRules(store);
    private final InfrastructureService infra = new InfrastructureService(components, new InMemoryLinkedWork(new InMemoryTaskStore(), components), rules, clock);
    private Component region;

    @BeforeEach
    void startWithATree() {
        Component aws = infra.create(new CreateComponentCommand(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null));
        region = infra.create(new CreateComponentCommand(ComponentDetails.of("region", "eu-west-1"), aws.id()));
    }

    @Test
    void theKindsAreTheBuiltInOnesPlusThoseRegisteredWithTheirDescriptions() {
        rules.registerKind(LAMBDA, "a serverless function");

        assertThat(rules.kinds()).extracting(kind -> kind.kind().name()).containsAll(ComponentKind.BUILT_IN).contains("lambda");
        assertThat(rules.kinds()).contains(new KindDefinition(LAMBDA, "a serverless function", false));
    }

    @Test
    void registeringAKindThatExistsIsAConflict() {
        rules.registerKind(LAMBDA, null);

        assertThatThrownBy(() -> rules.registerKind(LAMBDA, "again"))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate-kind"));
        assertThatThrownBy(() -> rules.registerKind(new ComponentKind("service"), null))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate-kind"))
                .hasMessageContaining("service exists already");
    }

    @Test
    void aKindWithBadSyntaxIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> rules.registerKind(ComponentKind.parse("edge function"), null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.value()).isEqualTo("edge function"));
    }

    @Test
    void unregisteringSaysWhyAKindCannotGo() {
        assertThatThrownBy(() -> rules.unregisterKind(LAMBDA)).isInstanceOf(DomainException.NotFound.class).hasMessageContaining("lambda");
        assertThatThrownBy(() -> rules.unregisterKind(new ComponentKind("region")))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("built-in-kind"));
        rules.registerKind(LAMBDA, null);
        infra.create(new CreateComponentCommand(ComponentDetails.of("lambda", "resize"), region.id()));

        assertThatThrownBy(() -> rules.unregisterKind(LAMBDA)).hasMessageContaining("used by 1 component");
    }

    @Test
    void anUnusedRegisteredKindIsUnregisteredAndThenRefusedForNewComponents() {
        rules.registerKind(LAMBDA, null);
        rules.unregisterKind(LAMBDA);

        assertThat(rules.kinds()).noneMatch(kind -> kind.kind().equals(LAMBDA));
        assertThatThrownBy(() -> infra.create(new CreateComponentCommand(ComponentDetails.of("lambda", "resize"), region.id())))
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("unknown kind");
    }

    @Test
    void rulesNamingAnUnregisteredKindAreRefusedNamingIt() {
        ParentingRules typo = new ParentingRules(Map.of("provider", Set.of("regoin")), Set.of("provider"));

        assertThatThrownBy(() -> rules.replaceParentingRules(typo, false))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("rules");
                    assertThat(invalid.value()).isEqualTo("regoin");
                })
                .hasMessageContaining("did you mean region?");
        assertThat(rules.parentingRules().isPermissive()).isTrue();
    }

    @Test
    void rulesThatExistingComponentsBreakAreRefusedNamingThemUnlessForced() {
        infra.create(new CreateComponentCommand(ComponentDetails.of("bucket", "logs"), region.id()));
        ParentingRules noBuckets = PROVIDER_REGION_CLUSTER;

        assertThatThrownBy(() -> rules.replaceParentingRules(noBuckets, false))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("rules-violated"))
                .hasMessageContaining("aws/eu-west-1/logs (bucket below region)")
                .hasMessageContaining("replace the rules with force");
        assertThat(rules.parentingRules().isPermissive()).isTrue();

        assertThat(rules.replaceParentingRules(noBuckets, true)).isEqualTo(noBuckets);
        assertThat(rules.parentingRules()).isEqualTo(noBuckets);
    }

    @Test
    void aRefusalNamesAtMostTenBreakingComponents() {
        for (int i = 0; i < 12; i++) {
            infra.create(new CreateComponentCommand(ComponentDetails.of("bucket", "logs-" + i), region.id()));
        }
        infra.create(new CreateComponentCommand(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null));
        ParentingRules noProviderRoots = new ParentingRules(Map.of("provider", Set.of("region")), Set.of());

        assertThatThrownBy(() -> rules.replaceParentingRules(noProviderRoots, false))
                .satisfies(refusal -> assertThat(refusal.getMessage().split("\\), ")).hasSize(InfrastructureRules.VIOLATIONS_SHOWN))
                .hasMessageContaining("aws (provider at the top), gcp (provider at the top), aws/eu-west-1/logs-0 (bucket below region)");
    }

    @Test
    void rulesEveryComponentFollowsAreReplacedWithoutForce() {
        assertThat(rules.replaceParentingRules(PROVIDER_REGION_CLUSTER, false)).isEqualTo(PROVIDER_REGION_CLUSTER);
        assertThat(rules.replaceParentingRules(ParentingRules.permissive(), false).isPermissive()).isTrue();
    }

    @Test
    void aChangeMadeOnAnotherNodeAppliesToTheNextWriteHere() {
        InfrastructureRules otherNode = new InfrastructureRules(store);
        assertThat(rules.current()).isSameAs(rules.current());

        otherNode.replaceParentingRules(PROVIDER_REGION_CLUSTER, false);

        assertThat(rules.current().parenting()).isEqualTo(PROVIDER_REGION_CLUSTER);
        assertThatThrownBy(() -> infra.create(new CreateComponentCommand(ComponentDetails.of("bucket", "logs"), region.id())))
                .hasMessageContaining("a bucket may not be placed below a region; allowed below a region: [cluster]");
        otherNode.registerKind(LAMBDA, null);
        assertThat(rules.current().kinds().knows(LAMBDA)).isTrue();
    }
}
