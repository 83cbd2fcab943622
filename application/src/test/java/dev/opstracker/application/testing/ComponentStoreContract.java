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
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ComponentStore} must do. Subclasses supply an empty store. */
public abstract class ComponentStoreContract implements ComponentStoreBatchContract, ComponentStoreDeleteContract {

    protected static final Instant T0 = Instant.parse("2026-11-20T08:00:00.123456Z");
    private static final ParentingRules ANY = ParentingRules.permissive();

    protected ComponentStore store;
    private Component aws;
    private Component region;
    private Component cluster;
    private Component checkout;

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

    private List<TaskLink> linksOfTask(long task) {
        return store.linksOfTask(TaskId.of(task), PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    private static TaskLink link(long task, Component component, LinkRole role) {
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

    private List<Component> query(String text) {
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

    @Test
    void queriesSeeInheritedTagsAndPage() {
        Component worker = add(ComponentDetails.of("service", "worker").withTags(Map.of("env", "staging")), cluster);
        Component gcp = add(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null);

        assertThat(store.query(ComponentQueryParser.parse("kind:service env=prod"), PageRequest.first(10)).items()).containsExactly(checkout);
        assertThat(store.query(ComponentQueryParser.parse("under:aws/eu-west-1 -tag:deprecated"), PageRequest.first(10)).items())
                .containsExactly(region, cluster, worker);
        assertThat(store.query(ComponentQueryParser.parse("provider:gcp | name~check*"), PageRequest.first(10)).items())
                .containsExactly(checkout, gcp);

        Page<Component> first = store.query(ComponentQueryParser.parse(""), PageRequest.first(4));
        Page<Component> rest = store.query(ComponentQueryParser.parse(""), new PageRequest(4, first.next()));
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.items()).containsExactly(aws, region, cluster, checkout);
        assertThat(rest.items()).containsExactly(worker, gcp);
        assertThat(rest.next()).isNull();
    }

    @Test
    void aSearchAskedWithoutItsTotalSaysThatItsTotalIsOnlyALowerBound() {
        add(ComponentDetails.of("service", "worker"), cluster);

        Page<Component> first = store.query(ComponentQueryParser.parse("under:aws"), PageRequest.first(2).withoutTotal());
        Page<Component> whole = store.query(ComponentQueryParser.parse("kind:service"), PageRequest.first(10).withoutTotal());

        assertThat(first.items()).containsExactly(aws, region);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalExact()).isFalse();
        assertThat(whole.total()).isEqualTo(2);
        assertThat(whole.totalExact()).isTrue();
    }

    @Test
    void linkingIsIdempotentPerRoleAndUnlinkingRemovesOneLink() {
        TaskLink first = store.link(link(7, checkout, LinkRole.AFFECTED));
        TaskLink repeat = store.link(new TaskLink(TaskId.of(7), checkout.id(), checkout.path(), LinkRole.AFFECTED, T0.plusSeconds(9)));

        assertThat(repeat).as("the existing link, first made at T0").isEqualTo(first);
        store.link(link(7, checkout, LinkRole.CHANGED));

        assertThat(linksOfTask(7)).containsExactly(first, link(7, checkout, LinkRole.CHANGED));
        assertThat(store.unlink(TaskId.of(7), checkout.id(), LinkRole.AFFECTED)).isTrue();
        assertThat(store.unlink(TaskId.of(7), checkout.id(), LinkRole.AFFECTED)).isFalse();
        assertThat(linksOfTask(7)).extracting(TaskLink::role).containsExactly(LinkRole.CHANGED);
    }

    @Test
    void aLinkRecordsWhereTheComponentIsWhenLinked() {
        TaskLink stored = store.link(new TaskLink(TaskId.of(8), checkout.id(), ComponentPath.parse("somewhere/else"), LinkRole.CAUSE, T0));

        assertThat(stored.pathAtLink()).isEqualTo(checkout.path());
        assertThat(linksOfTask(8)).extracting(TaskLink::pathAtLink).containsExactly(checkout.path());
    }

    @Test
    void linkingToAComponentThatDoesNotExistIsNotFound() {
        Component leaf = add(ComponentDetails.of("node", "i-9"), cluster);
        store.delete(leaf.id());

        assertThatThrownBy(() -> store.link(link(7, leaf, LinkRole.AFFECTED))).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> store.linksOfComponent(leaf.id(), true, PageRequest.first(5))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void linksOfAComponentIncludeItsSubtreeOnlyWhenAsked() {
        store.link(link(9, checkout, LinkRole.AFFECTED));
        store.link(link(3, cluster, LinkRole.CAUSE));
        store.link(link(5, checkout, LinkRole.CHANGED));
        store.link(link(4, aws, LinkRole.AFFECTED));

        assertThat(store.linksOfComponent(cluster.id(), false, PageRequest.first(10)).items()).extracting(TaskLink::taskId)
                .containsExactly(TaskId.of(3));
        Page<TaskLink> first = store.linksOfComponent(cluster.id(), true, PageRequest.first(2));
        Page<TaskLink> rest = store.linksOfComponent(cluster.id(), true, new PageRequest(2, first.next()));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).as("in the order the links were made").extracting(TaskLink::taskId).containsExactly(TaskId.of(9), TaskId.of(3));
        assertThat(rest.items()).extracting(TaskLink::taskId).containsExactly(TaskId.of(5));
        assertThat(rest.next()).isNull();
    }

    @Test
    void aPageOfLinksStartsAfterTheLastLinkReadEvenWhenLinksWentAwayMeanwhile() {
        store.link(link(9, checkout, LinkRole.AFFECTED));
        store.link(link(3, checkout, LinkRole.CAUSE));
        store.link(link(5, checkout, LinkRole.CHANGED));
        Page<TaskLink> first = store.linksOfComponent(checkout.id(), false, PageRequest.first(2));

        store.unlink(TaskId.of(9), checkout.id(), LinkRole.AFFECTED);
        store.link(link(1, checkout, LinkRole.AFFECTED));
        Page<TaskLink> rest = store.linksOfComponent(checkout.id(), false, new PageRequest(2, first.next()));

        assertThat(first.items()).extracting(TaskLink::taskId).containsExactly(TaskId.of(9), TaskId.of(3));
        assertThat(rest.items()).as("neither repeated nor skipped; the newest comes last").extracting(TaskLink::taskId)
                .containsExactly(TaskId.of(5), TaskId.of(1));
    }

    @Test
    void theLinksOfATaskComeAPageAtATimeOldestFirstTombstonesIncluded() {
        Component worker = add(ComponentDetails.of("service", "worker"), cluster);
        store.link(link(7, checkout, LinkRole.AFFECTED));
        store.link(link(7, worker, LinkRole.CHANGED));
        store.link(link(7, cluster, LinkRole.CAUSE));
        store.link(link(8, cluster, LinkRole.CAUSE));
        store.delete(worker.id());

        Page<TaskLink> first = store.linksOfTask(TaskId.of(7), PageRequest.first(2));
        Page<TaskLink> rest = store.linksOfTask(TaskId.of(7), new PageRequest(2, first.next()));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(link -> link.pathAtLink().toString())
                .containsExactly("aws/eu-west-1/prod-eks/checkout", "aws/eu-west-1/prod-eks/worker");
        assertThat(first.items().get(1).isTombstone()).isTrue();
        assertThat(rest.items()).extracting(TaskLink::componentId).containsExactly(cluster.id());
        assertThat(rest.next()).isNull();
    }

    @Test
    void linksOfAnUnlinkedTaskAreEmpty() {
        assertThat(linksOfTask(12_345)).isEqualTo(List.of());
        assertThat(store.linksOfTask(TaskId.of(12_345), PageRequest.first(5)).next()).isNull();
    }
}
