package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentRulesStore;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.KindDefinition;
import dev.opstracker.domain.infra.KindPair;
import dev.opstracker.domain.infra.KindedPath;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ComponentRulesStore} must do. Subclasses supply empty stores sharing one tree. */
public abstract class ComponentRulesStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final ComponentKind PROVIDER = new ComponentKind("provider");
    private static final ComponentKind REGION = new ComponentKind("region");
    private static final ComponentKind CLUSTER = new ComponentKind("cluster");
    private static final ComponentKind LAMBDA = new ComponentKind("lambda");
    private static final ParentingRules STRICT = new ParentingRules(
            Map.of("provider", Set.of("region"), "region", Set.of("cluster", "lambda")), Set.of("provider"));

    /** A component store and a rules store over it, both empty. */
    public record Stores(ComponentStore components, ComponentRulesStore rules) {
    }

    private ComponentRulesStore rules;
    private ComponentStore components;
    private Component aws;
    private Component region;

    /** Called before every test. */
    protected abstract Stores emptyStores();

    @BeforeEach
    void startWithATree() {
        Stores stores = emptyStores();
        rules = stores.rules();
        components = stores.components();
        aws = add("provider", "aws", null);
        region = add("region", "eu-west-1", aws);
        add("cluster", "prod-eks", region);
        add("cluster", "stage-eks", region);
    }

    private Component add(String kind, String name, Component parent) {
        ComponentDetails details = ComponentDetails.of(kind, name).withProvider(Provider.AWS);
        return components.add(Component.create(details, parent, ParentingRules.permissive(), T0));
    }

    @Test
    void aNewStoreIsPermissiveWithNoRegisteredKinds() {
        assertThat(rules.registeredKinds()).isEmpty();
        assertThat(rules.parentingRules()).isEqualTo(ParentingRules.permissive());
    }

    @Test
    void registeredKindsReadBackByNameAndEachChangeMovesTheRevisionOn() {
        long start = rules.revision();
        rules.registerKind(KindDefinition.registered(LAMBDA, "a serverless function"));
        long afterLambda = rules.revision();
        rules.registerKind(KindDefinition.registered(new ComponentKind("edge-function"), null));

        assertThat(rules.registeredKinds()).containsExactly(
                KindDefinition.registered(new ComponentKind("edge-function"), null), KindDefinition.registered(LAMBDA, "a serverless function"));
        assertThat(afterLambda).isNotEqualTo(start);
        assertThat(rules.revision()).isNotIn(start, afterLambda);
    }

    @Test
    void registeringAKindTwiceIsAConflictThatChangesNothing() {
        rules.registerKind(KindDefinition.registered(LAMBDA, "first"));
        long revision = rules.revision();

        assertThatThrownBy(() -> rules.registerKind(KindDefinition.registered(LAMBDA, "second")))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate-kind"))
                .hasMessageContaining("lambda");
        assertThat(rules.registeredKinds()).containsExactly(KindDefinition.registered(LAMBDA, "first"));
        assertThat(rules.revision()).isEqualTo(revision);
    }

    @Test
    void anUnusedKindIsUnregisteredOnce() {
        rules.registerKind(KindDefinition.registered(LAMBDA, null));
        long revision = rules.revision();

        assertThat(rules.unregisterKind(LAMBDA)).isTrue();
        assertThat(rules.revision()).isNotEqualTo(revision);
        assertThat(rules.unregisterKind(LAMBDA)).isFalse();
        assertThat(rules.registeredKinds()).isEmpty();
    }

    @Test
    void aKindComponentsUseIsNotUnregisteredAndTheErrorCountsThem() {
        rules.registerKind(KindDefinition.registered(LAMBDA, null));
        add("lambda", "resize", region);
        add("lambda", "thumbnail", region);

        assertThatThrownBy(() -> rules.unregisterKind(LAMBDA))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("kind-in-use"))
                .hasMessageContaining("used by 2 components");
        assertThat(rules.registeredKinds()).hasSize(1);
    }

    @Test
    void aKindTheRulesNameIsNotUnregistered() {
        rules.registerKind(KindDefinition.registered(LAMBDA, null));
        rules.replaceParentingRules(STRICT);

        assertThatThrownBy(() -> rules.unregisterKind(LAMBDA))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("kind-in-rules"));
        assertThat(rules.registeredKinds()).hasSize(1);
    }

    @Test
    void rulesNamingAKindThatIsNotRegisteredAreRefusedAndChangeNothing() {
        long revision = rules.revision();

        assertThatThrownBy(() -> rules.replaceParentingRules(STRICT))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("rules");
                    assertThat(invalid.value()).isEqualTo("lambda");
                });
        assertThat(rules.parentingRules()).isEqualTo(ParentingRules.permissive());
        assertThat(rules.revision()).isEqualTo(revision);
    }

    @Test
    void replacedRulesReadBackWholeAndMoveTheRevisionOn() {
        rules.registerKind(KindDefinition.registered(LAMBDA, null));
        long revision = rules.revision();
        rules.replaceParentingRules(STRICT);

        assertThat(rules.parentingRules()).isEqualTo(STRICT);
        assertThat(rules.revision()).isNotEqualTo(revision);

        ParentingRules noRoots = new ParentingRules(Map.of("provider", Set.of()), Set.of());
        rules.replaceParentingRules(noRoots);
        assertThat(rules.parentingRules()).isEqualTo(noRoots);
        rules.replaceParentingRules(ParentingRules.permissive());
        assertThat(rules.parentingRules()).isEqualTo(ParentingRules.permissive());
    }

    @Test
    void theKindPairsInUseListEachPlacementOnceWithRootsBelowNoKind() {
        assertThat(rules.kindPairsInUse()).containsExactlyInAnyOrder(
                new KindPair(null, PROVIDER), new KindPair(PROVIDER, REGION), new KindPair(REGION, CLUSTER));
    }

    @Test
    void thePathsOfAPairComeByAscendingIdUpToTheLimit() {
        assertThat(rules.pathsOf(new KindPair(REGION, CLUSTER), 5))
                .containsExactly(ComponentPath.parse("aws/eu-west-1/prod-eks"), ComponentPath.parse("aws/eu-west-1/stage-eks"));
        assertThat(rules.pathsOf(new KindPair(REGION, CLUSTER), 1)).containsExactly(ComponentPath.parse("aws/eu-west-1/prod-eks"));
        assertThat(rules.pathsOf(new KindPair(null, PROVIDER), 5)).containsExactly(ComponentPath.parse("aws"));
        assertThat(rules.pathsOf(new KindPair(null, CLUSTER), 5)).isEmpty();
        assertThat(rules.pathsOf(new KindPair(PROVIDER, CLUSTER), 5)).isEmpty();
    }

    @Test
    void theChildrenOutsideTheAllowedKindsAreOnlyDirectChildren() {
        add("lambda", "resize", region);

        assertThat(rules.childrenOutside(region.id(), Set.of(CLUSTER), 5))
                .containsExactly(new KindedPath(ComponentPath.parse("aws/eu-west-1/resize"), LAMBDA));
        assertThat(rules.childrenOutside(region.id(), Set.of(), 2)).extracting(KindedPath::kind).containsExactly(CLUSTER, CLUSTER);
        assertThat(rules.childrenOutside(aws.id(), Set.of(REGION), 5)).isEmpty();
        assertThat(rules.childrenOutside(aws.id(), Set.of(), 5)).extracting(KindedPath::path).containsExactly(region.path());
    }
}
