package dev.opstracker.application.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentChanges;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskStatus;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class InfrastructureServiceTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00.123456789Z");
    private final InMemoryTaskStore taskStore = new InMemoryTaskStore();
    private final InMemoryComponentStore componentStore = new InMemoryComponentStore();
    private final InfrastructureService infra = new InfrastructureService(componentStore, new InMemoryLinkedWork(taskStore, componentStore), InMemoryComponentRulesStore.rulesOver(componentStore), clock);
    private final TaskLinkService links = new TaskLinkService(taskStore, componentStore, clock);
    private final TaskService tasks = new TaskService(taskStore, clock);

    private Component create(ComponentDetails details, Component parent) {
        return infra.create(new CreateComponentCommand(details, parent == null ? null : parent.id()));
    }

    private final Component aws = create(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null);
    private final Component region = create(ComponentDetails.of("region", "eu-west-1").withTags(Map.of("env", "prod")), aws);
    private final Component cluster = create(ComponentDetails.of("cluster", "prod-eks"), region);

    @Test
    void componentsAreFoundByIdPathAndExternalIdWithInheritedTags() {
        Component service = create(ComponentDetails.of("service", "checkout").withExternalId("svc-123"), cluster);

        assertThat(infra.get(service.id())).isEqualTo(service);
        assertThat(infra.getByPath(ComponentPath.parse("aws/eu-west-1/prod-eks/checkout"))).isEqualTo(service);
        assertThat(infra.findByExternalId("svc-123")).contains(service);
        assertThat(infra.facts(service.id()).tags()).containsEntry("env", "prod");
        assertThat(infra.ancestors(service.id())).containsExactly(aws, region, cluster);
        assertThat(service.createdAt()).isEqualTo(java.time.Instant.parse("2026-11-20T08:00:00.123456Z"));
    }

    @Test
    void unknownComponentsAreNotFoundByName() {
        assertThatThrownBy(() -> infra.get(ComponentId.of(999))).hasMessage("component 999 does not exist");
        assertThatThrownBy(() -> infra.getByPath(ComponentPath.parse("gcp/x"))).hasMessage("component gcp/x does not exist");
        assertThatThrownBy(() -> infra.create(new CreateComponentCommand(ComponentDetails.of("node", "n1"), ComponentId.of(999))))
                .isInstanceOf(DomainException.NotFound.class).hasMessageContaining("999");
    }

    @Test
    void renamingAndMovingKeepTheSubtreeTogether() {
        Component service = create(ComponentDetails.of("service", "checkout"), cluster);
        Component gcp = create(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null);
        clock.advance(Duration.ofMinutes(1));

        infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.of(1), ComponentChanges.none().withName("prod-eks-blue")));
        assertThat(infra.get(service.id()).path()).hasToString("aws/eu-west-1/prod-eks-blue/checkout");

        Component moved = infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.empty(), ComponentChanges.none().withParent(gcp.id())));
        assertThat(moved.path()).hasToString("gcp/prod-eks-blue");
        assertThat(infra.get(service.id()).path()).hasToString("gcp/prod-eks-blue/checkout");
        assertThatThrownBy(() -> infra.update(new UpdateComponentCommand(gcp.id(), OptionalLong.empty(), ComponentChanges.none().withParent(service.id()))))
                .isInstanceOf(DomainException.InvalidInput.class);
        assertThat(infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.empty(), ComponentChanges.none().withParent(null))).path())
                .hasToString("prod-eks-blue");
        assertThatThrownBy(() -> infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.empty(), ComponentChanges.none().withParent(ComponentId.of(999)))))
                .isInstanceOf(DomainException.NotFound.class).hasMessageContaining("999");
    }

    @Test
    void aMoveAndARenameInOneEditAreOneChangeAndARefusedOneChangesNothing() {
        Component gcp = create(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null);
        create(ComponentDetails.of("cluster", "taken"), gcp);

        Component both = infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.of(1),
                ComponentChanges.none().withParent(gcp.id()).withName("blue")));
        assertThat(both.path()).hasToString("gcp/blue");
        assertThat(both.version()).isEqualTo(2);

        assertThatThrownBy(() -> infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.of(2),
                ComponentChanges.none().withParent(aws.id()).withName("taken").withParent(gcp.id()))))
                .isInstanceOf(DomainException.Conflict.class);
        assertThat(infra.get(cluster.id())).isEqualTo(both);
    }

    @Test
    void anEditThatChangesNothingKeepsTheVersionAndAStaleOneIsAConflict() {
        assertThat(infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.of(1), ComponentChanges.none().withName("prod-eks"))))
                .isEqualTo(cluster);
        assertThatThrownBy(() -> infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.of(4), ComponentChanges.none().withName("x"))))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void anUnversionedEditAppliesToTheCurrentVersion() {
        infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.of(1), ComponentChanges.none().withTags(Map.of("a", "1"))));

        Component edited = infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.empty(), ComponentChanges.none().withTags(Map.of("b", "2"))));

        assertThat(edited.tags()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThat(edited.version()).isEqualTo(3);
    }

    @Test
    void searchUsesTheFilterLanguage() {
        Component service = create(ComponentDetails.of("service", "checkout"), cluster);

        assertThat(infra.search("kind:service env=prod under:aws", PageRequest.first(10)).items()).containsExactly(service);
        assertThatThrownBy(() -> infra.search("kind:service (", PageRequest.first(10)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("q"));
    }

    @Test
    void aComponentWithOpenTasksIsDeletedOnlyWhenForcedAndItsLinksBecomeTombstones() {
        Component node = create(ComponentDetails.of("node", "i-0abc"), cluster);
        Task open = tasks.create(TaskFixtures.aTask().build());
        Task closed = tasks.create(TaskFixtures.aTask().build());
        tasks.changeStatus(new ChangeTaskStatusCommand(closed.id(), TaskStatus.DONE, null));
        links.link(open.id(), node.id(), LinkRole.AFFECTED);
        links.link(closed.id(), node.id(), LinkRole.CHANGED);

        assertThatThrownBy(() -> infra.delete(node.id(), OptionalLong.empty(), false))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("open-tasks"))
                .hasMessageContaining("task " + open.id()).hasMessageNotContaining("task " + closed.id());

        assertThatThrownBy(() -> infra.delete(node.id(), OptionalLong.of(7), true)).isInstanceOf(DomainException.Conflict.class);
        infra.delete(node.id(), OptionalLong.of(1), true);

        assertThatThrownBy(() -> infra.get(node.id())).isInstanceOf(DomainException.NotFound.class);
        assertThat(links.componentsOfTask(open.id(), PageRequest.first(10)).items()).singleElement().satisfies(link -> {
            assertThat(link.isTombstone()).isTrue();
            assertThat(link.pathAtLink()).hasToString("aws/eu-west-1/prod-eks/i-0abc");
        });
    }

    @Test
    void anOpenTaskBeyondTheFirstPageOfLinksStillBlocksTheDelete() {
        Component node = create(ComponentDetails.of("node", "i-busy"), cluster);
        for (int i = 0; i < 501; i++) {
            Task closed = tasks.create(TaskFixtures.aTask().build());
            tasks.changeStatus(new ChangeTaskStatusCommand(closed.id(), TaskStatus.DONE, null));
            links.link(closed.id(), node.id(), LinkRole.CHANGED);
        }
        Task open = tasks.create(TaskFixtures.aTask().build());
        links.link(open.id(), node.id(), LinkRole.AFFECTED);

        assertThatThrownBy(() -> infra.delete(node.id(), OptionalLong.empty(), false))
                .isInstanceOf(DomainException.Conflict.class).hasMessageContaining("task " + open.id());
    }

    @Test
    void aComponentWithOnlyClosedTasksIsDeletedWithoutForce() {
        Component node = create(ComponentDetails.of("node", "i-0def"), cluster);
        Task closed = tasks.create(TaskFixtures.aTask().build());
        tasks.changeStatus(new ChangeTaskStatusCommand(closed.id(), TaskStatus.CANCELLED, null));
        links.link(closed.id(), node.id(), LinkRole.AFFECTED);

        infra.delete(node.id(), OptionalLong.empty(), false);

        assertThat(links.componentsOfTask(closed.id(), PageRequest.first(10)).items()).singleElement().satisfies(link -> assertThat(link.isTombstone()).isTrue());
    }
}
