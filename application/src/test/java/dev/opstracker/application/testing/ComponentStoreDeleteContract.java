package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ComponentStore} must do when a delete names the version it expects. {@link ComponentStoreContract} runs these. */
interface ComponentStoreDeleteContract {

    Instant T2 = Instant.parse("2026-11-22T10:00:00.5Z");

    ComponentStore storeUnderTest();

    @Test
    default void aDeleteExpectingAnOlderVersionIsAStaleVersionConflictAndDeletesNothing() {
        Component leaf = storeUnderTest().add(Component.create(ComponentDetails.of("node", "i-stale").withProvider(Provider.ON_PREM), null,
                ParentingRules.permissive(), T2));
        storeUnderTest().update(leaf.edit(ComponentDetails.of("node", "i-stale").withProvider(Provider.ON_PREM).withTags(Map.of("rack", "r1")),
                T2.plusSeconds(1)));

        assertThatThrownBy(() -> storeUnderTest().delete(leaf.id(), 1))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.isStaleVersion()).isTrue());
        assertThat(storeUnderTest().find(leaf.id())).isPresent();

        storeUnderTest().delete(leaf.id(), 2);

        assertThat(storeUnderTest().find(leaf.id())).isEmpty();
        assertThatThrownBy(() -> storeUnderTest().delete(leaf.id(), 2)).isInstanceOf(DomainException.NotFound.class);
    }
}
