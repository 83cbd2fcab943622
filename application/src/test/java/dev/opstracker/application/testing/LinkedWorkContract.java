package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.ComponentWorkCount;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.infra.WorkOverlap;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LinkedWork} must answer. Subclasses supply empty stores that the questions read. */
public abstract class LinkedWorkContract {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final ParentingRules ANY = ParentingRules.permissive();

    /** A task store and a component store holding nothing, and the {@link LinkedWork} reading both. */
    public record Stores(TaskStore tasks, ComponentStore components, LinkedWork work) {
    }

    private final MutableClock clock = new MutableClock(T0);
    private ComponentStore components;
    private TaskService tasks;
    private LinkedWork work;
    private Component region;
    private Component cluster;
    private Component checkout;
    private Component search;
    private Component gke;

    /** Called before every test. */
    protected abstract Stores emptyStores();

    @BeforeEach
    void startWithATree() {
        Stores stores = emptyStores();
        components = stores.components();
        tasks = new TaskService(stores.tasks(), clock);
        work = stores.work();
        Component aws = add(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null);
        region = add(ComponentDetails.of("region", "eu-west-1").withTags(Map.of("env", "prod")), aws);
        cluster = add(ComponentDetails.of("cluster", "prod-eks"), region);
        checkout = add(ComponentDetails.of("service", "checkout"), cluster);
        search = add(ComponentDetails.of("service", "search"), cluster);
        Component gcp = add(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null);
        gke = add(ComponentDetails.of("cluster", "gke"), gcp);
    }

    private Component add(ComponentDetails details, Component parent) {
        return components.add(Component.create(details, parent, ANY, T0));
    }

    private Task task(TaskStatus status, Component... on) {
        Task task = tasks.create(TaskDetails.titled("work"));
        for (Component component : on) {
            link(task.id(), component, LinkRole.AFFECTED);
        }
        if (status != TaskStatus.OPEN) {
            task = tasks.changeStatus(new ChangeTaskStatusCommand(task.id(), status, null));
        }
        return task;
    }

    private void link(TaskId task, Component component, LinkRole role) {
        components.link(new TaskLink(task, component.id(), component.path(), role, clock.instant()));
    }

    private static ComponentQuery query(String text) {
        return ComponentQueryParser.parse(text);
    }

    private static String line(ComponentWorkCount count) {
        return count.path() + " " + count.tasks();
    }

    @Test
    void openTasksAreCountedOncePerComponentMostFirstAndComponentsWithoutAnyAreListedLast() {
        Task twice = task(TaskStatus.OPEN, checkout);
        link(twice.id(), checkout, LinkRole.CHANGED);
        task(TaskStatus.IN_PROGRESS, checkout);
        task(TaskStatus.DONE, checkout);
        task(TaskStatus.CANCELLED, search);
        task(TaskStatus.BLOCKED, search);
        components.link(new TaskLink(TaskId.of(999_999), checkout.id(), checkout.path(), LinkRole.CAUSE, T0));

        assertThat(work.openTaskCounts(query("kind:service | kind:cluster"), false, 10)).extracting(LinkedWorkContract::line)
                .containsExactly("aws/eu-west-1/prod-eks/checkout 2", "aws/eu-west-1/prod-eks/search 1", "aws/eu-west-1/prod-eks 0", "gcp/gke 0");
        assertThat(work.openTaskCounts(query("kind:service"), false, 1)).extracting(LinkedWorkContract::line)
                .containsExactly("aws/eu-west-1/prod-eks/checkout 2");
    }

    @Test
    void withTheSubtreeATaskOnSeveralComponentsBelowCountsOnce() {
        task(TaskStatus.BLOCKED, cluster);
        task(TaskStatus.OPEN, checkout, search);
        task(TaskStatus.IN_PROGRESS, search);
        Component doomed = add(ComponentDetails.of("node", "i-1"), cluster);
        task(TaskStatus.OPEN, doomed);
        components.delete(doomed.id());

        assertThat(work.openTaskCounts(query("kind:cluster | kind:region"), true, 10)).extracting(LinkedWorkContract::line)
                .containsExactly("aws/eu-west-1 3", "aws/eu-west-1/prod-eks 3", "gcp/gke 0");
        assertThat(work.openTaskCounts(query("kind:cluster"), false, 10)).extracting(LinkedWorkContract::line)
                .containsExactly("aws/eu-west-1/prod-eks 1", "gcp/gke 0");
    }

    @Test
    void theComponentsMostWorkedOnCountTasksActiveAtSomeInstantOfTheRange() {
        TimeRange tenToNoon = new TimeRange(T0.plusSeconds(7200), T0.plusSeconds(14_400));
        Task closedBefore = task(TaskStatus.OPEN, checkout);
        Task closedDuring = task(TaskStatus.OPEN, checkout, search);
        clock.set(T0.plusSeconds(3600));
        Task openSinceNine = task(TaskStatus.OPEN, cluster);
        link(openSinceNine.id(), cluster, LinkRole.CHANGED);
        tasks.changeStatus(new ChangeTaskStatusCommand(closedBefore.id(), TaskStatus.DONE, null));
        clock.set(T0.plusSeconds(10_800));
        tasks.changeStatus(new ChangeTaskStatusCommand(closedDuring.id(), TaskStatus.CANCELLED, null));
        task(TaskStatus.IN_PROGRESS, checkout);
        clock.set(tenToNoon.to());
        task(TaskStatus.OPEN, search, gke);

        assertThat(work.mostWorkedOn(ComponentQuery.everything(), tenToNoon, 10)).extracting(LinkedWorkContract::line)
                .containsExactly("aws/eu-west-1/prod-eks/checkout 2", "aws/eu-west-1/prod-eks 1", "aws/eu-west-1/prod-eks/search 1");
        assertThat(work.mostWorkedOn(query("kind:service"), tenToNoon, 1)).extracting(LinkedWorkContract::line)
                .containsExactly("aws/eu-west-1/prod-eks/checkout 2");
        assertThat(work.mostWorkedOn(query("kind:service"), new TimeRange(T0.plusSeconds(86_400), T0.plusSeconds(90_000)), 10))
                .extracting(LinkedWorkContract::line).as("a day later only the tasks still open").containsExactly("aws/eu-west-1/prod-eks/checkout 1", "aws/eu-west-1/prod-eks/search 1");
    }

    @Test
    void workInProgressOnTheSameComponentAboveOrBelowIsFoundOncePerTaskByTaskId() {
        Task mine = task(TaskStatus.IN_PROGRESS, cluster);
        Task below = task(TaskStatus.IN_PROGRESS, checkout);
        Task above = task(TaskStatus.IN_PROGRESS, region);
        Task twice = task(TaskStatus.IN_PROGRESS, checkout, cluster);
        task(TaskStatus.OPEN, cluster);
        task(TaskStatus.BLOCKED, search);
        task(TaskStatus.IN_PROGRESS, gke);

        assertThat(work.inProgressNear(mine.id(), 10)).containsExactly(
                new WorkOverlap(below.id(), checkout.path(), cluster.path()),
                new WorkOverlap(above.id(), region.path(), cluster.path()),
                new WorkOverlap(twice.id(), cluster.path(), cluster.path()));
        assertThat(work.inProgressNear(mine.id(), 2)).extracting(WorkOverlap::otherTask).containsExactly(below.id(), above.id());
        assertThat(work.inProgressNear(below.id(), 10)).extracting(WorkOverlap::otherTask).containsExactly(mine.id(), above.id(), twice.id());
    }

    @Test
    void overlapsNameWhereTheComponentsAreNowAndIgnoreTombstones() {
        Task mine = task(TaskStatus.OPEN, checkout);
        Component doomed = add(ComponentDetails.of("node", "i-1"), search);
        link(mine.id(), doomed, LinkRole.CAUSE);
        task(TaskStatus.IN_PROGRESS, doomed);
        components.delete(doomed.id());
        Task other = task(TaskStatus.IN_PROGRESS, cluster);
        components.update(cluster.edit(ComponentDetails.of("cluster", "prod-eks-2"), T0.plusSeconds(1)));

        assertThat(work.inProgressNear(mine.id(), 10)).containsExactly(new WorkOverlap(other.id(),
                ComponentPath.parse("aws/eu-west-1/prod-eks-2"),
                ComponentPath.parse("aws/eu-west-1/prod-eks-2/checkout")));
        assertThat(work.inProgressNear(TaskId.of(999_999), 10)).isEqualTo(List.of());
    }

    @Test
    void theOpenTasksOnAComponentComeOnceEachByTaskIdUpToTheLimit() {
        Task first = task(TaskStatus.OPEN, checkout);
        task(TaskStatus.DONE, checkout);
        Task twice = task(TaskStatus.IN_PROGRESS, checkout);
        link(twice.id(), checkout, LinkRole.CAUSE);
        Task third = task(TaskStatus.BLOCKED, checkout);
        task(TaskStatus.OPEN, cluster);

        assertThat(work.openTasksOn(checkout.id(), 10)).containsExactly(first.id(), twice.id(), third.id());
        assertThat(work.openTasksOn(checkout.id(), 2)).containsExactly(first.id(), twice.id());
        assertThat(work.openTasksOn(gke.id(), 10)).isEmpty();
    }

    @Test
    void theTasksOnComponentsMatchingAQueryComeOnceEachWhateverTheirStatusWithTheSubtreeOnRequest() {
        Task onCluster = task(TaskStatus.DONE, cluster);
        Task onBoth = task(TaskStatus.OPEN, checkout, search);
        Task onSearch = task(TaskStatus.CANCELLED, search);
        task(TaskStatus.OPEN, gke);
        Component doomed = add(ComponentDetails.of("node", "i-1"), cluster);
        task(TaskStatus.OPEN, doomed);
        components.delete(doomed.id());

        assertThat(work.tasksOn(query("under:aws/eu-west-1/prod-eks"), false, 10)).containsExactly(onCluster.id(), onBoth.id(), onSearch.id());
        assertThat(work.tasksOn(query("kind:cluster env=prod"), true, 10)).containsExactly(onCluster.id(), onBoth.id(), onSearch.id());
        assertThat(work.tasksOn(query("kind:cluster env=prod"), false, 10)).containsExactly(onCluster.id());
        assertThat(work.tasksOn(query("kind:service"), false, 1)).containsExactly(onBoth.id());
    }
}
