package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ComponentStore} must do with the tree itself; {@link ComponentStoreContract} adds queries and links. Subclasses supply an empty store. */
public abstract class ComponentTreeContract implements ComponentStoreBatchContract, ComponentStoreDeleteContract {

    protected static final Instant T0 = Instant.parse("2026-11-20T08:00:00.123456Z");
    private static final ParentingRules ANY = ParentingRules.permissive();

    protected ComponentStore store;
    protected Component aws;
    protected Component region;
    protected Component cluster;
    protected Component checkout;

    /** A store holding no components or links. Called before every test. */
    protected abstract ComponentStore emptyStore();

    @BeforeEach
    void startWithATree() {
        store = emptyStore();
        aws = add(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null);
        region = add(ComponentDetails.of("region", "eu-west-1").withTags(Map.of("env", "prod")), aws);
        cluster = add(ComponentDetails.of("cluster", "prod-eks").withExternalId("arn:aws:eks:eu-west-1:1:cluster/prod-eks"), region);
        checkout = add(ComponentDetails.of("service", "checkout").withTags(Map.of("team", "payments", "deprecated", "")), cluster);
    }

    @Override
    public ComponentStore storeUnderTest() {
        return store;
    }

    protected Component add(ComponentDetails details, Component parent) {
        return store.add(Component.create(details, parent, ANY, T0));
    }

    protected List<TaskLink> linksOfTask(long task) {
        return store.linksOfTask(TaskId.of(task), PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    protected static TaskLink link(long task, Component component, LinkRole role) {
        return new TaskLink(TaskId.of(task), component.id(), component.path(), role, T0);
    }

    @Test
    void addedComponentsReadBackByIdPathAndExternalId() {
        assertThat(checkout.id().value()).isGreaterThan(cluster.id().value());
        assertThat(store.find(checkout.id())).contains(checkout);
        assertThat(store.findByPath(ComponentPath.parse("aws/eu-west-1/prod-eks/checkout"))).contains(checkout);
        assertThat(store.findByExternalId("arn:aws:eks:eu-west-1:1:cluster/prod-eks")).contains(cluster);
        assertThat(store.find(ComponentId.of(999_999))).isEmpty();
        assertThat(store.findByPath(ComponentPath.parse("aws/nowhere"))).isEmpty();
        assertThat(store.findByExternalId("arn:none")).isEmpty();
    }

    @Test
    void aSecondComponentAtTheSamePathOrWithTheSameExternalIdIsAConflict() {
        assertThatThrownBy(() -> add(ComponentDetails.of("region", "eu-west-1"), aws))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate-path"));
        assertThatThrownBy(() -> add(ComponentDetails.of("cluster", "other").withExternalId("arn:aws:eks:eu-west-1:1:cluster/prod-eks"), region))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate-external-id"));
    }

    @Test
    void addingBelowAParentThatIsGoneIsNotFound() {
        Component doomed = add(ComponentDetails.of("zone", "eu-west-1a"), region);
        NewComponent orphan = Component.create(ComponentDetails.of("node", "i-1"), doomed, ANY, T0);
        store.delete(doomed.id());

        assertThatThrownBy(() -> store.add(orphan)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void ancestorsComeRootFirstAndChildrenAreKnown() {
        assertThat(store.ancestors(checkout.id())).containsExactly(aws, region, cluster);
        assertThat(store.ancestors(aws.id())).isEmpty();
        assertThat(store.hasChildren(cluster.id())).isTrue();
        assertThat(store.hasChildren(checkout.id())).isFalse();
    }

    @Test
    void renamingAComponentRewritesThePathsBelowItAndKeepsTheirLinks() {
        store.link(link(7, checkout, LinkRole.AFFECTED));

        Component renamed = store.update(region.edit(ComponentDetails.of("region", "eu-west-2").withTags(Map.of("env", "prod")), T0.plusSeconds(1)));

        assertThat(renamed.path()).hasToString("aws/eu-west-2");
        Component movedService = store.find(checkout.id()).orElseThrow();
        assertThat(movedService.path()).hasToString("aws/eu-west-2/prod-eks/checkout");
        assertThat(movedService.version()).as("a path change is a change").isEqualTo(2);
        assertThat(store.findByPath(ComponentPath.parse("aws/eu-west-1/prod-eks"))).isEmpty();
        assertThat(store.linksOfComponent(checkout.id(), false, PageRequest.first(10)).items()).extracting(TaskLink::taskId)
                .containsExactly(TaskId.of(7));
    }

    @Test
    void movingASubtreeUnderAnotherParentMovesEveryDescendant() {
        Component gcp = add(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null);

        store.update(cluster.moveUnder(gcp, ANY, T0.plusSeconds(1)));

        assertThat(store.find(checkout.id()).orElseThrow().path()).hasToString("gcp/prod-eks/checkout");
        assertThat(store.ancestors(checkout.id())).extracting(Component::name).containsExactly("gcp", "prod-eks");
        assertThat(store.hasChildren(region.id())).isFalse();
    }

    @Test
    void kindBelowSubtreeQueriesFollowAChangeOfKind() {
        Component retyped = store.update(checkout.edit(ComponentDetails.of("database", "checkout")
                .withTags(Map.of("team", "payments", "deprecated", "")), T0.plusSeconds(1)));
        store.update(cluster.edit(ComponentDetails.of("node", "prod-eks")
                .withExternalId("arn:aws:eks:eu-west-1:1:cluster/prod-eks"), T0.plusSeconds(1)));
        Component node = store.find(cluster.id()).orElseThrow();

        assertThat(query("kind:service under:aws")).isEmpty();
        assertThat(query("kind:database under:aws team=payments")).containsExactly(retyped);
        assertThat(query("kind:database under:aws/eu-west-1/prod-eks/checkout")).as("a component is in its own subtree").containsExactly(retyped);
        assertThat(query("kind:cluster under:aws")).isEmpty();
        assertThat(query("kind:node under:aws/eu-west-1")).containsExactly(node);
        assertThat(query("under:aws -kind:database")).containsExactly(aws, region, node);
        assertThat(query("kind:database under:aws under:aws/eu-west-1/prod-eks")).containsExactly(retyped);
        assertThat(query("(kind:node | kind:database) under:aws/eu-west-1")).containsExactly(node, retyped);
    }

    @Test
    void kindBelowSubtreeQueriesFollowAMove() {
        Component gcp = add(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null);
        Component zone = add(ComponentDetails.of("zone", "europe-west1-b"), gcp);

        store.update(cluster.moveUnder(zone, ANY, T0.plusSeconds(1)));
        Component moved = store.find(checkout.id()).orElseThrow();

        assertThat(query("kind:service under:aws")).isEmpty();
        assertThat(query("kind:cluster under:aws/eu-west-1")).isEmpty();
        assertThat(query("kind:service under:gcp team=payments")).containsExactly(moved);
        assertThat(query("kind:service under:gcp/europe-west1-b/prod-eks")).containsExactly(moved);
        assertThat(query("kind:cluster under:gcp")).containsExactly(store.find(cluster.id()).orElseThrow());
        assertThat(query("kind:zone under:gcp")).containsExactly(zone);
    }

    protected List<Component> query(String text) {
        return store.query(ComponentQueryParser.parse(text), PageRequest.first(10)).items();
    }

    @Test
    void anUpdateFromAnOutdatedVersionOrOntoATakenPathChangesNothing() {
        store.update(cluster.edit(ComponentDetails.of("cluster", "prod-eks-2"), T0.plusSeconds(1)));
        assertThatThrownBy(() -> store.update(cluster.edit(ComponentDetails.of("cluster", "prod-eks-3"), T0.plusSeconds(2))))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("stale-version"));

        Component sibling = add(ComponentDetails.of("cluster", "batch"), region);
        assertThatThrownBy(() -> store.update(sibling.edit(ComponentDetails.of("cluster", "prod-eks-2"), T0.plusSeconds(3))))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("duplicate-path"));
        assertThat(store.find(sibling.id())).contains(sibling);
        assertThat(store.find(checkout.id()).orElseThrow().path()).hasToString("aws/eu-west-1/prod-eks-2/checkout");
    }

    @Test
    void updatingAComponentThatIsGoneIsNotFound() {
        Component leaf = add(ComponentDetails.of("node", "i-9"), cluster);
        store.delete(leaf.id());

        assertThatThrownBy(() -> store.update(leaf.edit(ComponentDetails.of("node", "i-10"), T0))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void aComponentWithChildrenCannotBeDeleted() {
        assertThatThrownBy(() -> store.delete(cluster.id()))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("has-children"));
        assertThat(store.find(cluster.id())).isPresent();
        assertThatThrownBy(() -> store.delete(ComponentId.of(999_999))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void deletingAComponentLeavesItsLinksAsTombstonesWithTheirPath() {
        store.link(link(7, checkout, LinkRole.CHANGED));

        store.delete(checkout.id());

        assertThat(store.find(checkout.id())).isEmpty();
        assertThat(linksOfTask(7)).singleElement().satisfies(tombstone -> {
            assertThat(tombstone.isTombstone()).isTrue();
            assertThat(tombstone.pathAtLink()).hasToString("aws/eu-west-1/prod-eks/checkout");
            assertThat(tombstone.role()).isEqualTo(LinkRole.CHANGED);
        });
    }
}
