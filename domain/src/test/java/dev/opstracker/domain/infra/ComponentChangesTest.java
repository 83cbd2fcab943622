package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.Change;
import dev.opstracker.domain.shared.DomainException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentChangesTest {

    private static final ComponentDetails CURRENT = new ComponentDetails(new ComponentKind("cluster"), "prod-eks", Provider.AWS,
            "arn:eks:prod", Map.of("env", "prod", "team", "platform"));

    @Test
    void noChangesKeepEveryField() {
        assertThat(ComponentChanges.none().applyTo(CURRENT)).isEqualTo(CURRENT);
        assertThat(ComponentChanges.none().parent()).isEqualTo(Change.keep());
    }

    @Test
    void eachFieldCanBeReplacedAndTheExternalIdCleared() {
        ComponentDetails edited = ComponentChanges.none().withName("prod-eks-2").withKind(new ComponentKind("namespace"))
                .withProvider(Provider.GCP).withExternalId(null).applyTo(CURRENT);

        assertThat(edited).isEqualTo(new ComponentDetails(new ComponentKind("namespace"), "prod-eks-2", Provider.GCP, null,
                Map.of("env", "prod", "team", "platform")));
    }

    @Test
    void tagsMergePerKeyAndCanAllBeRemovedFirst() {
        Map<String, String> changes = new HashMap<>();
        changes.put("team", null);
        changes.put("tier", "1");

        assertThat(ComponentChanges.none().withTags(changes).applyTo(CURRENT).tags())
                .containsExactly(Map.entry("env", "prod"), Map.entry("tier", "1"));
        assertThat(ComponentChanges.none().withAllTagsRemoved().withTags(Map.of("x", "y")).applyTo(CURRENT).tags())
                .containsExactly(Map.entry("x", "y"));
        assertThatThrownBy(() -> ComponentChanges.none().withTags(Map.of("1bad", "v")).applyTo(CURRENT))
                .isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void nameKindAndProviderCannotBeCleared() {
        assertThatThrownBy(() -> ComponentChanges.none().withName(null).applyTo(CURRENT)).hasMessageContaining("name cannot be cleared");
        assertThatThrownBy(() -> ComponentChanges.none().withKind(null).applyTo(CURRENT)).hasMessageContaining("kind cannot be cleared");
        assertThatThrownBy(() -> ComponentChanges.none().withProvider(null).applyTo(CURRENT)).hasMessageContaining("provider cannot be cleared");
    }

    @Test
    void aParentChangeIsCarriedForTheMove() {
        assertThat(ComponentChanges.none().withParent(ComponentId.of(4)).parent()).isEqualTo(Change.to(ComponentId.of(4)));
        assertThat(ComponentChanges.none().withParent(null).parent().applyTo(ComponentId.of(9))).isNull();
    }

    @Test
    void aComponentShowsItsCurrentDetails() {
        Component aws = Component.create(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS).withTags(Map.of("a", "b")),
                null, ParentingRules.permissive(), java.time.Instant.EPOCH).withId(ComponentId.of(1));

        assertThat(aws.details()).isEqualTo(new ComponentDetails(new ComponentKind("provider"), "aws", Provider.AWS, null, Map.of("a", "b")));
    }
}
