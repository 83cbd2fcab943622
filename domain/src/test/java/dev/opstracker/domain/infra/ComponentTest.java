package dev.opstracker.domain.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComponentTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final ParentingRules ANY = ParentingRules.permissive();

    private static final Component AWS = Component.create(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null, ANY, T0)
            .withId(ComponentId.of(1));
    private static final Component REGION = Component.create(ComponentDetails.of("region", "eu-west-1").withTags(Map.of("env", "prod")),
            AWS, ANY, T0).withId(ComponentId.of(2));
    private static final Component CLUSTER = Component.create(ComponentDetails.of("cluster", "prod-eks"), REGION, ANY, T0)
            .withId(ComponentId.of(3));

    @Test
    void aChildTakesItsPathAndProviderFromItsParent() {
        assertThat(CLUSTER.path()).hasToString("aws/eu-west-1/prod-eks");
        assertThat(CLUSTER.parentId()).isEqualTo(REGION.id());
        assertThat(CLUSTER.provider()).isEqualTo(Provider.AWS);
        assertThat(CLUSTER.name()).isEqualTo("prod-eks");
        assertThat(CLUSTER.version()).isEqualTo(1);
        assertThat(CLUSTER.updatedAt()).isEqualTo(T0);
    }

    @Test
    void aRootNeedsAProvider() {
        assertThatThrownBy(() -> Component.create(ComponentDetails.of("provider", "aws"), null, ANY, T0))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("provider"));
    }

    @Test
    void renamingChangesThePathAndBumpsTheVersion() {
        Component renamed = CLUSTER.edit(ComponentDetails.of("cluster", "prod-eks-2").withTags(Map.of("tier", "1")), T1);

        assertThat(renamed.path()).hasToString("aws/eu-west-1/prod-eks-2");
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.updatedAt()).isEqualTo(T1);
        assertThat(renamed.provider()).as("kept when not given").isEqualTo(Provider.AWS);
        assertThat(AWS.edit(ComponentDetails.of("provider", "amazon"), T1).path()).hasToString("amazon");
    }

    @Test
    void anEditThatChangesNothingKeepsTheComponent() {
        assertThat(CLUSTER.edit(ComponentDetails.of("cluster", "prod-eks"), T1)).isSameAs(CLUSTER);
    }

    @Test
    void movingPlacesTheComponentBelowItsNewParent() {
        Component other = Component.create(ComponentDetails.of("region", "eu-central-1"), AWS, ANY, T0).withId(ComponentId.of(9));

        Component moved = CLUSTER.moveUnder(other, ANY, T1);

        assertThat(moved.path()).hasToString("aws/eu-central-1/prod-eks");
        assertThat(moved.parentId()).isEqualTo(other.id());
        assertThat(moved.version()).isEqualTo(2);
        assertThat(CLUSTER.moveUnder(null, ANY, T1).path()).hasToString("prod-eks");
    }

    @Test
    void reshapingMovesAndEditsAsOneChange() {
        Component other = Component.create(ComponentDetails.of("region", "eu-central-1"), AWS, ANY, T0).withId(ComponentId.of(9));

        Component reshaped = CLUSTER.reshape(ComponentDetails.of("cluster", "prod-eks-2").withTags(Map.of("tier", "1")), other, ANY, T1);

        assertThat(reshaped.path()).hasToString("aws/eu-central-1/prod-eks-2");
        assertThat(reshaped.tags()).containsEntry("tier", "1");
        assertThat(reshaped.version()).isEqualTo(2);
        assertThat(CLUSTER.reshape(ComponentDetails.of("cluster", "prod-eks"), REGION, ANY, T1)).isSameAs(CLUSTER);
        assertThat(AWS.reshape(ComponentDetails.of("provider", "aws"), null, ANY, T1)).isSameAs(AWS);
        assertThat(CLUSTER.reshape(ComponentDetails.of("cluster", "prod-eks"), null, ANY, T1).path()).hasToString("prod-eks");
    }

    @Test
    void aComponentCannotBeMovedBelowItselfOrItsDescendants() {
        assertThatThrownBy(() -> REGION.moveUnder(CLUSTER, ANY, T1))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("parent"))
                .hasMessageContaining("aws/eu-west-1 cannot be placed under itself or one of its descendants");
        assertThatThrownBy(() -> REGION.moveUnder(REGION, ANY, T1)).isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void configuredRulesDecideWhichKindsMayParentWhich() {
        ParentingRules strict = new ParentingRules(Map.of("provider", Set.of("region"), "region", Set.of("cluster")), Set.of("provider"));

        assertThat(Component.create(ComponentDetails.of("region", "us-east-1"), AWS, strict, T0).path()).hasToString("aws/us-east-1");
        assertThatThrownBy(() -> Component.create(ComponentDetails.of("bucket", "logs"), AWS, strict, T0))
                .hasMessageContaining("a bucket may not be placed below a provider; allowed below a provider: [region]");
        assertThatThrownBy(() -> Component.create(ComponentDetails.of("cluster", "c").withProvider(Provider.AWS), null, strict, T0))
                .hasMessageContaining("a cluster needs a parent; kinds allowed at the top: [provider]");
        assertThatThrownBy(() -> CLUSTER.moveUnder(null, strict, T1)).isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> CLUSTER.moveUnder(AWS, strict, T1)).isInstanceOf(DomainException.InvalidInput.class);
        assertThat(strict.isPermissive()).isFalse();
    }

    @Test
    void aNewKindMustBeAllowedWhereTheComponentEndsUp() {
        ParentingRules strict = new ParentingRules(Map.of("provider", Set.of("region"), "region", Set.of("cluster")), Set.of("provider"));

        assertThatThrownBy(() -> CLUSTER.reshape(ComponentDetails.of("bucket", "prod-eks"), REGION, strict, T1))
                .hasMessageContaining("a bucket may not be placed below a region");
        assertThatThrownBy(() -> CLUSTER.reshape(ComponentDetails.of("region", "prod-eks"), AWS, ParentingRules.permissive(), T1)
                .reshape(ComponentDetails.of("cluster", "prod-eks"), AWS, strict, T1))
                .hasMessageContaining("a cluster may not be placed below a provider");
        assertThat(CLUSTER.reshape(ComponentDetails.of("region", "prod-eks"), AWS, strict, T1).path()).hasToString("aws/prod-eks");
        assertThatThrownBy(() -> AWS.reshape(ComponentDetails.of("cluster", "aws"), null, strict, T1))
                .hasMessageContaining("a cluster needs a parent");
    }

    @Test
    void factsCarryInheritedTagsWithTheComponentsOwnWinning() {
        Component service = Component.create(ComponentDetails.of("service", "checkout").withTags(Map.of("env", "prod-eu")), CLUSTER, ANY, T0)
                .withId(ComponentId.of(4));

        ComponentFacts facts = service.facts(List.of(AWS.tags(), REGION.tags(), CLUSTER.tags()));

        assertThat(facts.tags()).containsEntry("env", "prod-eu");
        assertThat(ComponentQueryParser.parse("under:aws/eu-west-1 kind:service env=prod-eu").matches(facts)).isTrue();
        assertThat(CLUSTER.facts(List.of(AWS.tags(), REGION.tags())).tags()).containsEntry("env", "prod");
    }

    @Test
    void anOutdatedVersionIsAStaleVersionConflict() {
        CLUSTER.checkVersion(1);
        assertThatThrownBy(() -> CLUSTER.checkVersion(2))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("stale-version"));
    }

    @Test
    void restoringChecksThatOnlyRootsLackAParent() {
        assertThatThrownBy(() -> new Component(ComponentId.of(5), null, ComponentPath.parse("a/b"), new ComponentKind("node"),
                Provider.OTHER, null, Map.of(), T0, T0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Component(ComponentId.of(5), null, ComponentPath.parse("a"), new ComponentKind("node"),
                Provider.OTHER, null, Map.of(), T0, T0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void externalIdsAreTrimmedAndBounded() {
        assertThat(ComponentDetails.of("node", "i-1").withExternalId(" arn:aws:ec2:eu-west-1:123:instance/i-1 ").externalId())
                .isEqualTo("arn:aws:ec2:eu-west-1:123:instance/i-1");
        assertThat(ComponentDetails.of("node", "i-1").withExternalId(" ").externalId()).isNull();
        assertThatThrownBy(() -> ComponentDetails.of("node", "i-1").withExternalId("x".repeat(513)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("externalId"));
        assertThat(ComponentDetails.of("node", "i-1").withName("i-2").name()).isEqualTo("i-2");
    }

    @Test
    void linksKeepThePathTheyPointedAtAndKnowWhenTheyAreTombstones() {
        TaskLink live = new TaskLink(TaskId.of(1), CLUSTER.id(), CLUSTER.path(), LinkRole.parse("Affected"), T0);
        TaskLink tombstone = new TaskLink(TaskId.of(1), null, CLUSTER.path(), LinkRole.CAUSE, T0);

        assertThat(live.isTombstone()).isFalse();
        assertThat(tombstone.isTombstone()).isTrue();
        assertThat(LinkRole.CHANGED.wireName()).isEqualTo("changed");
        assertThatThrownBy(() -> LinkRole.parse("owner")).hasMessageContaining("expected affected, cause or changed");
    }
}
