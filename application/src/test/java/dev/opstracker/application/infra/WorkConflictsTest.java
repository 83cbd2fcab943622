package dev.opstracker.application.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentChanges;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WorkConflictsTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryTaskStore taskStore = new InMemoryTaskStore();
    private final InMemoryComponentStore componentStore = new InMemoryComponentStore();
    private final TaskService tasks = new TaskService(taskStore, clock);
    private final InfrastructureService infra = new InfrastructureService(componentStore, new InMemoryLinkedWork(taskStore, componentStore), InMemoryComponentRulesStore.rulesOver(componentStore), clock);
    private final TaskLinkService links = new TaskLinkService(taskStore, componentStore, clock);
    private final WorkConflicts work = new WorkConflicts(tasks, new InMemoryLinkedWork(taskStore, componentStore));

    private final Component aws = create(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null);
    private final Component cluster = create(ComponentDetails.of("cluster", "prod-eks"), aws);
    private final Component checkout = create(ComponentDetails.of("service", "checkout"), cluster);
    private final Component search = create(ComponentDetails.of("service", "search"), cluster);

    private Component create(ComponentDetails details, Component parent) {
        return infra.create(new CreateComponentCommand(details, parent == null ? null : parent.id()));
    }

    private Task taskOn(Component component) {
        Task task = tasks.create(TaskDetails.titled("work on " + component.path()));
        links.link(task.id(), component.id(), LinkRole.CHANGED);
        return task;
    }

    @Test
    void startingWorkWhereNobodyElseWorksReportsNothing() {
        Task mine = taskOn(checkout);
        taskOn(search);

        StartedWork started = work.start(mine.id(), OptionalLong.empty(), false);

        assertThat(started.task().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(started.conflicts()).isEmpty();
    }

    @Test
    void workInProgressOnTheSameComponentAnAncestorOrADescendantIsReported() {
        Task onCluster = taskOn(cluster);
        work.start(onCluster.id(), OptionalLong.empty(), false);
        Task onService = taskOn(checkout);

        StartedWork started = work.start(onService.id(), OptionalLong.empty(), false);

        assertThat(started.task().status()).as("the start still happens").isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(started.conflicts()).containsExactly(new WorkConflict(onCluster.id(), cluster.path(), checkout.path()));
        assertThat(work.of(onCluster.id()).conflicts()).containsExactly(new WorkConflict(onService.id(), checkout.path(), cluster.path()));
    }

    @Test
    void onlyTasksInProgressCount() {
        Task open = taskOn(checkout);
        Task done = taskOn(checkout);
        tasks.changeStatus(new ChangeTaskStatusCommand(done.id(), TaskStatus.DONE, null));
        Task mine = taskOn(cluster);

        assertThat(work.start(mine.id(), OptionalLong.empty(), false).conflicts()).isEmpty();
        assertThat(open.status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void strictModeRefusesAndLeavesTheTaskAsItWas() {
        Task first = taskOn(checkout);
        work.start(first.id(), OptionalLong.empty(), false);
        Task second = taskOn(checkout);

        assertThatThrownBy(() -> work.start(second.id(), OptionalLong.empty(), true))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo("work-conflict"))
                .hasMessageContaining("task " + first.id() + " on aws/prod-eks/checkout");
        assertThat(tasks.get(second.id()).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void conflictsNameWhereTheComponentsAreNow() {
        Task first = taskOn(checkout);
        work.start(first.id(), OptionalLong.empty(), false);
        Component gcp = create(ComponentDetails.of("provider", "gcp").withProvider(Provider.GCP), null);
        infra.update(new UpdateComponentCommand(cluster.id(), OptionalLong.empty(), ComponentChanges.none().withParent(gcp.id())));
        Task second = taskOn(search);
        links.link(second.id(), componentStore.find(checkout.id()).orElseThrow().id(), LinkRole.AFFECTED);

        assertThat(work.of(second.id()).conflicts()).extracting(conflict -> conflict.theirs().toString()).containsExactly("gcp/prod-eks/checkout");
    }

    @Test
    void atMostAHundredConflictsAreReportedAndTheReportSaysThereWereMore() {
        for (int i = 0; i < WorkConflicts.MAX_REPORTED + 1; i++) {
            work.start(taskOn(checkout).id(), OptionalLong.empty(), false);
        }
        Task mine = taskOn(cluster);

        StartedWork started = work.start(mine.id(), OptionalLong.empty(), false);

        assertThat(started.conflicts()).hasSize(WorkConflicts.MAX_REPORTED);
        assertThat(started.capped()).isTrue();
        Task late = taskOn(checkout);
        assertThatThrownBy(() -> work.start(late.id(), OptionalLong.empty(), true)).hasMessageEndingWith(" and more");
    }

    @Test
    void anOutdatedVersionIsRefusedBeforeAnyConflictIsLookedFor() {
        Task first = taskOn(checkout);
        work.start(first.id(), OptionalLong.empty(), false);
        Task second = taskOn(checkout);

        assertThatThrownBy(() -> work.start(second.id(), OptionalLong.of(second.version() + 1), true))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.isStaleVersion()).isTrue());
        assertThatThrownBy(() -> work.start(TaskId.of(404), OptionalLong.empty(), false)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void theNoteGoesIntoTheHistory() {
        Task mine = taskOn(checkout);

        work.start(mine.id(), "on call", OptionalLong.of(mine.version()), false);

        assertThat(tasks.history(mine.id(), PageRequest.first(10)).items())
                .filteredOn(TaskEvent.StatusChanged.class::isInstance)
                .extracting(event -> ((TaskEvent.StatusChanged) event).note()).containsExactly("on call");
    }
}
