package dev.opstracker.application.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskLinkServiceTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryTaskStore taskStore = new InMemoryTaskStore();
    private final InMemoryComponentStore componentStore = new InMemoryComponentStore();
    private final InfrastructureService infra = new InfrastructureService(componentStore, new InMemoryLinkedWork(taskStore, componentStore), InMemoryComponentRulesStore.rulesOver(componentStore), clock);
    private final TaskLinkService links = new TaskLinkService(taskStore, componentStore, clock);
    private final Task task = new TaskService(taskStore, clock).create(TaskFixtures.aTask().build());

    private Component create(String kind, String name, Component parent, Provider provider) {
        return infra.create(new CreateComponentCommand(ComponentDetails.of(kind, name).withProvider(provider), parent == null ? null : parent.id()));
    }

    @Test
    void aTaskLinksToFiveKindsAcrossThreeProvidersAndIsFoundBothWays() {
        Component aws = create("provider", "aws", null, Provider.AWS);
        Component gcp = create("provider", "gcp", null, Provider.GCP);
        Component hetzner = create("provider", "hetzner", null, Provider.HETZNER);
        Component cluster = create("cluster", "prod-eks", aws, null);
        Component bucket = create("bucket", "logs", gcp, null);
        Component database = create("database", "orders", gcp, null);
        Component server = create("server", "fsn1-db-1", hetzner, null);
        Component certificate = create("certificate", "wildcard", aws, null);
        List<Component> touched = List.of(cluster, bucket, database, server, certificate);

        touched.forEach(component -> links.link(task.id(), component.id(), LinkRole.AFFECTED));

        assertThat(links.componentsOfTask(task.id(), PageRequest.first(10)).items()).extracting(TaskLink::componentId)
                .containsExactlyElementsOf(touched.stream().map(Component::id).toList());
        for (Component component : touched) {
            assertThat(links.tasksOfComponent(component.id(), false, PageRequest.first(10)).items()).extracting(TaskLink::taskId)
                    .containsExactly(task.id());
        }
        assertThat(links.tasksOfComponent(gcp.id(), true, PageRequest.first(10)).total()).isEqualTo(2);
        assertThat(links.componentsOfTask(task.id(), PageRequest.first(10)).items().get(0).pathAtLink()).hasToString("aws/prod-eks");
    }

    @Test
    void linkingAnUnknownTaskOrComponentNamesIt() {
        Component aws = create("provider", "aws", null, Provider.AWS);

        assertThatThrownBy(() -> links.link(TaskId.of(404), aws.id(), LinkRole.CAUSE))
                .isInstanceOf(DomainException.NotFound.class).hasMessage("task 404 does not exist");
        assertThatThrownBy(() -> links.link(task.id(), ComponentId.of(405), LinkRole.CAUSE))
                .isInstanceOf(DomainException.NotFound.class).hasMessage("component 405 does not exist");
        assertThatThrownBy(() -> links.componentsOfTask(TaskId.of(404), PageRequest.first(10))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void linkingAgainInTheSameRoleSaysTheLinkExisted() {
        Component aws = create("provider", "aws", null, Provider.AWS);

        LinkOutcome first = links.link(task.id(), aws.id(), LinkRole.CAUSE);
        clock.advance(java.time.Duration.ofMinutes(1));
        LinkOutcome again = links.link(task.id(), aws.id(), LinkRole.CAUSE);

        assertThat(first).isInstanceOf(LinkOutcome.Linked.class);
        assertThat(again).isEqualTo(new LinkOutcome.AlreadyLinked(first.link()));
    }

    @Test
    void unlinkingRemovesOnlyTheNamedRole() {
        Component aws = create("provider", "aws", null, Provider.AWS);
        links.link(task.id(), aws.id(), LinkRole.CAUSE);
        links.link(task.id(), aws.id(), LinkRole.CHANGED);

        assertThat(links.unlink(task.id(), aws.id(), LinkRole.CAUSE)).isTrue();
        assertThat(links.unlink(task.id(), aws.id(), LinkRole.CAUSE)).isFalse();
        assertThat(links.componentsOfTask(task.id(), PageRequest.first(10)).items()).extracting(TaskLink::role).containsExactly(LinkRole.CHANGED);
    }
}
