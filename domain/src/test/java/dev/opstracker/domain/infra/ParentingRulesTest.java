package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParentingRulesTest {

    private static final ComponentKind PROVIDER = new ComponentKind("provider");
    private static final ComponentKind REGION = new ComponentKind("region");
    private static final ComponentKind CLUSTER = new ComponentKind("cluster");
    private static final ParentingRules STRICT =
            new ParentingRules(Map.of("provider", Set.of("region"), "region", Set.of("cluster")), Set.of("provider"));

    @Test
    void permissiveRulesAllowEveryPlaceAndNameNoKinds() {
        ParentingRules any = ParentingRules.permissive();

        assertThat(any.allows(new KindPair(CLUSTER, PROVIDER))).isTrue();
        assertThat(any.allows(new KindPair(null, CLUSTER))).isTrue();
        assertThat(any.kindsNamed()).isEmpty();
        assertThat(any.allowedBelow(PROVIDER)).isEmpty();
        assertThat(new ParentingRules(null, Set.of("provider"))).isEqualTo(any);
    }

    @Test
    void configuredRulesAllowOnlyTheListedPlaces() {
        assertThat(STRICT.allows(new KindPair(PROVIDER, REGION))).isTrue();
        assertThat(STRICT.allows(new KindPair(null, PROVIDER))).isTrue();
        assertThat(STRICT.allows(new KindPair(PROVIDER, CLUSTER))).isFalse();
        assertThat(STRICT.allows(new KindPair(null, REGION))).isFalse();
        assertThat(STRICT.allows(new KindPair(CLUSTER, CLUSTER))).isFalse();
        assertThat(STRICT.kindsNamed()).containsExactlyInAnyOrder(PROVIDER, REGION, CLUSTER);
        assertThat(STRICT.allowedBelow(REGION)).containsExactly(CLUSTER);
        assertThat(new ParentingRules(Map.of("provider", Set.of(), "region", Set.of("cluster")), Set.of()))
                .isEqualTo(new ParentingRules(Map.of("region", Set.of("cluster")), Set.of()));
    }

    @Test
    void theForbiddenPairsInUseComeOutTopFirstThenByKind() {
        List<KindPair> inUse = List.of(new KindPair(PROVIDER, CLUSTER), new KindPair(PROVIDER, REGION), new KindPair(null, REGION),
                new KindPair(null, PROVIDER));

        assertThat(STRICT.forbidden(inUse)).containsExactly(new KindPair(null, REGION), new KindPair(PROVIDER, CLUSTER));
        assertThat(new KindPair(null, REGION)).hasToString("region at the top");
        assertThat(new KindPair(PROVIDER, CLUSTER)).hasToString("cluster below provider");
    }

    @Test
    void rulesNamingABadlySpelledKindAreRefusedNamingIt() {
        assertThatThrownBy(() -> new ParentingRules(Map.of("Provider!", Set.of("region")), Set.of()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.value()).isEqualTo("Provider!"));
        assertThatThrownBy(() -> new ParentingRules(Map.of("provider", Set.of("re gion")), Set.of()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.value()).isEqualTo("re gion"));
        assertThatThrownBy(() -> new ParentingRules(Map.of(), Set.of("9lives")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.value()).isEqualTo("9lives"));
    }
}
