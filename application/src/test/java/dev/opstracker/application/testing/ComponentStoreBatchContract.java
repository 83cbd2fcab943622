package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ComponentStore} must do when adding and finding many components at once.
 * {@link ComponentStoreContract} runs these; each starts from the store that contract set up.
 */
interface ComponentStoreBatchContract {

    Instant T1 = Instant.parse("2026-11-21T09:30:00.654321Z");

    /** The store under test, as the enclosing contract prepared it. */
    ComponentStore storeUnderTest();

    private Component root(String name) {
        return storeUnderTest().add(Component.create(ComponentDetails.of("provider", name).withProvider(Provider.HETZNER)
                .withTags(Map.of("env", "prod", "client", "acme")), null, ParentingRules.permissive(), T1));
    }

    private static NewComponent child(Component parent, String name, Map<String, String> tags) {
        return Component.create(ComponentDetails.of("node", name).withTags(tags), parent, ParentingRules.permissive(), T1);
    }

    @Test
    default void addingManyAtOnceStoresEachWithAscendingIdsAndInheritedTags() {
        Component hetzner = root("hetzner-batch");

        List<Component> added = storeUnderTest().addAll(List.of(
                child(hetzner, "fsn1-1", Map.of("env", "staging")),
                child(hetzner, "fsn1-2", Map.of("rack", "r7")),
                child(hetzner, "nbg1-1", Map.of())));

        assertThat(added).extracting(component -> component.path().toString())
                .containsExactly("hetzner-batch/fsn1-1", "hetzner-batch/fsn1-2", "hetzner-batch/nbg1-1");
        assertThat(added.get(1).id().value()).isGreaterThan(added.get(0).id().value());
        assertThat(added.get(2).id().value()).isGreaterThan(added.get(1).id().value());
        for (Component component : added) {
            assertThat(storeUnderTest().find(component.id())).contains(component);
        }
        assertThat(storeUnderTest().ancestors(added.get(0).id())).containsExactly(hetzner);
        assertThat(storeUnderTest().query(ComponentQueryParser.parse("under:hetzner-batch env=prod client=acme"), PageRequest.first(10)).items())
                .containsExactly(hetzner, added.get(1), added.get(2));
        assertThat(storeUnderTest().query(ComponentQueryParser.parse("rack=r7"), PageRequest.first(10)).items()).containsExactly(added.get(1));
        assertThat(storeUnderTest().query(ComponentQueryParser.parse("kind:node under:hetzner-batch env=prod"), PageRequest.first(10)).items())
                .containsExactly(added.get(1), added.get(2));
    }

    @Test
    default void addingNothingAtOnceStoresNothing() {
        assertThat(storeUnderTest().addAll(List.of())).isEmpty();
    }

    @Test
    default void aTakenPathAnywhereInTheBatchStoresNoneOfIt() {
        Component hetzner = root("hetzner-taken");
        storeUnderTest().add(child(hetzner, "fsn1-1", Map.of()));

        assertThatThrownBy(() -> storeUnderTest().addAll(List.of(child(hetzner, "fsn1-0", Map.of()), child(hetzner, "fsn1-1", Map.of()))))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate-path"));
        assertThatThrownBy(() -> storeUnderTest().addAll(List.of(child(hetzner, "twin", Map.of()), child(hetzner, "twin", Map.of()))))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate-path"));

        assertThat(storeUnderTest().findByPath(ComponentPath.parse("hetzner-taken/fsn1-0"))).isEmpty();
        assertThat(storeUnderTest().findByPath(ComponentPath.parse("hetzner-taken/twin"))).isEmpty();
    }

    @Test
    default void aTakenExternalIdInTheBatchStoresNoneOfIt() {
        Component hetzner = root("hetzner-external");
        NewComponent first = Component.create(ComponentDetails.of("node", "a").withExternalId("srv-1"), hetzner, ParentingRules.permissive(), T1);
        NewComponent second = Component.create(ComponentDetails.of("node", "b").withExternalId("srv-1"), hetzner, ParentingRules.permissive(), T1);

        assertThatThrownBy(() -> storeUnderTest().addAll(List.of(first, second)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> {
                    assertThat(conflict.reason()).isEqualTo("duplicate-external-id");
                    assertThat(conflict.getMessage()).contains("srv-1");
                });
        assertThat(storeUnderTest().findByExternalId("srv-1")).isEmpty();
    }

    @Test
    default void aBatchBelowAParentThatIsGoneIsNotFoundAndStoresNothing() {
        Component hetzner = root("hetzner-gone");
        Component doomed = storeUnderTest().add(child(hetzner, "doomed", Map.of()));
        NewComponent orphan = child(doomed, "orphan", Map.of());
        NewComponent sibling = child(hetzner, "sibling", Map.of());
        storeUnderTest().delete(doomed.id());

        assertThatThrownBy(() -> storeUnderTest().addAll(List.of(sibling, orphan))).isInstanceOf(DomainException.NotFound.class);
        assertThat(storeUnderTest().findByPath(ComponentPath.parse("hetzner-gone/sibling"))).isEmpty();
    }

    @Test
    default void manyComponentsAreFoundByPathOrExternalIdAtOnce() {
        Component hetzner = root("hetzner-find");
        Component a = storeUnderTest().add(Component.create(ComponentDetails.of("node", "a").withExternalId("srv-a"), hetzner,
                ParentingRules.permissive(), T1));
        Component b = storeUnderTest().add(child(hetzner, "b", Map.of("k", "v")));

        assertThat(storeUnderTest().findAllByPath(List.of(ComponentPath.parse("hetzner-find/a"), ComponentPath.parse("hetzner-find/b"),
                ComponentPath.parse("hetzner-find/none")))).containsExactlyInAnyOrder(a, b);
        assertThat(storeUnderTest().findAllByExternalId(List.of("srv-a", "srv-none"))).containsExactly(a);
        assertThat(storeUnderTest().findAllByPath(List.of())).isEmpty();
        assertThat(storeUnderTest().findAllByExternalId(List.of())).isEmpty();
    }
}
