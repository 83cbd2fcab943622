package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindCatalogueTest {

    private static final KindCatalogue CATALOGUE = KindCatalogue.withRegistered(
            List.of(KindDefinition.registered(new ComponentKind("lambda"), "  a serverless function  ")));

    @Test
    void theCatalogueListsEveryBuiltInKindWithADescriptionPlusTheRegisteredOnesByName() {
        List<KindDefinition> all = CATALOGUE.all();

        assertThat(all).extracting(kind -> kind.kind().name()).containsAll(ComponentKind.BUILT_IN).contains("lambda").isSorted();
        assertThat(all).filteredOn(KindDefinition::builtIn).hasSize(ComponentKind.BUILT_IN.size())
                .allSatisfy(kind -> assertThat(kind.description()).isNotBlank());
        assertThat(all).filteredOn(kind -> kind.kind().name().equals("lambda")).singleElement()
                .isEqualTo(new KindDefinition(new ComponentKind("lambda"), "a serverless function", false));
        assertThat(KindCatalogue.builtIns()).extracting(kind -> kind.kind().name())
                .contains("provider", "account", "region", "datacenter", "network", "cluster", "node", "server", "namespace", "service",
                        "database", "queue", "bucket", "load-balancer", "dns-zone", "certificate");
    }

    @Test
    void aMisspelledKindIsRefusedNamingItTheClosestKnownKindsAndHowToRegisterIt() {
        assertThatThrownBy(() -> CATALOGUE.require("kind", new ComponentKind("servcie")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("kind");
                    assertThat(invalid.value()).isEqualTo("servcie");
                })
                .hasMessageContaining("kind 'servcie' is invalid: unknown kind of component; did you mean service? If not, register it")
                .hasMessageContaining("register it as a component kind first (POST /api/v1/component-kinds");
        assertThatThrownBy(() -> CATALOGUE.require("roots", new ComponentKind("lamda"))).hasMessageContaining("did you mean lambda?");
    }

    @Test
    void aKindLikeNoKnownOneIsRefusedWithoutGuesses() {
        assertThatThrownBy(() -> CATALOGUE.require("kind", new ComponentKind("zzzzzzzzzzzz")))
                .hasMessageContaining("unknown kind of component; register it")
                .hasMessageNotContaining("did you mean");
    }

    @Test
    void knownKindsPass() {
        CATALOGUE.require("kind", new ComponentKind("service"));
        CATALOGUE.require("kind", new ComponentKind("lambda"));

        assertThat(CATALOGUE.knows(new ComponentKind("servcie"))).isFalse();
        assertThat(CATALOGUE).isEqualTo(KindCatalogue.withRegistered(List.of(KindDefinition.registered(new ComponentKind("lambda"), "a serverless function"))))
                .hasSameHashCodeAs(KindCatalogue.withRegistered(List.of(KindDefinition.registered(new ComponentKind("lambda"), "a serverless function"))))
                .isNotEqualTo(KindCatalogue.withRegistered(List.of()));
        assertThat(CATALOGUE.toString()).contains("lambda");
    }

    @Test
    void aDescriptionIsOptionalAndShort() {
        assertThat(KindDefinition.registered(new ComponentKind("lambda"), " ").description()).isNull();
        assertThatThrownBy(() -> KindDefinition.registered(new ComponentKind("lambda"), "x".repeat(201)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("description"))
                .hasMessageContaining("at most 200 characters");
    }

    @Test
    void conflictsAboutKindsSayWhatBlocksThem() {
        ComponentKind lambda = new ComponentKind("lambda");

        assertThat(KindCatalogue.duplicate(lambda)).hasMessage("the component kind lambda exists already")
                .extracting(DomainException.Conflict::reason).isEqualTo("duplicate-kind");
        assertThat(KindCatalogue.inUse(lambda, 3)).hasMessageContaining("used by 3 components")
                .extracting(DomainException.Conflict::reason).isEqualTo("kind-in-use");
        assertThat(KindCatalogue.inUse(lambda, 1)).hasMessageContaining("used by 1 component;");
        assertThat(KindCatalogue.namedByRules(lambda).reason()).isEqualTo("kind-in-rules");
        assertThat(KindCatalogue.builtIn(lambda).reason()).isEqualTo("built-in-kind");
    }

    @Test
    void distanceCountsSingleLetterEdits() {
        assertThat(KindCatalogue.distance("service", "servcie")).isEqualTo(2);
        assertThat(KindCatalogue.distance("", "node")).isEqualTo(4);
        assertThat(KindCatalogue.distance("node", "node")).isZero();
    }
}
