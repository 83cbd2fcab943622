package dev.opstracker.application.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkOverviewTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryTaskStore taskStore = new InMemoryTaskStore();
    private final InMemoryComponentStore componentStore = new InMemoryComponentStore();
    private final TaskService tasks = new TaskService(taskStore, clock);
    private final InfrastructureService infra = new InfrastructureService(componentStore, new InMemoryLinkedWork(taskStore, componentStore), InMemoryComponentRulesStore.rulesOver(componentStore), clock);
    private final TaskLinkService links = new TaskLinkService(taskStore, componentStore, clock);
    private final WorkOverview overview = new WorkOverview(new InMemoryLinkedWork(taskStore, componentStore));

    private final Component aws = infra.create(new CreateComponentCommand(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS), null));
    private final Component checkout = infra.create(new CreateComponentCommand(ComponentDetails.of("service", "checkout"), aws.id()));
    private final TimeRange today = new TimeRange(Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z"));

    private Task taskOn(Component component) {
        Task task = tasks.create(TaskDetails.titled("work on " + component.path()));
        links.link(task.id(), component.id(), LinkRole.AFFECTED);
        return task;
    }

    @Test
    void openTasksAreCountedForTheComponentsTheFilterChooses() {
        taskOn(checkout);
        taskOn(checkout);

        assertThat(overview.openTaskCounts("kind:service", false, 10)).singleElement().satisfies(count -> {
            assertThat(count.path()).isEqualTo(checkout.path());
            assertThat(count.tasks()).isEqualTo(2);
        });
        assertThat(overview.openTaskCounts("", true, 10)).extracting(count -> count.tasks()).containsExactly(2L, 2L);
    }

    @Test
    void theComponentsMostWorkedOnTodayLeaveOutThoseNobodyTouched() {
        taskOn(checkout);
        clock.advance(Duration.ofDays(2));

        assertThat(overview.mostWorkedOn(null, today, 5)).extracting(count -> count.componentId()).containsExactly(checkout.id());
        assertThat(overview.mostWorkedOn("provider:gcp", today, 5)).isEmpty();
    }

    @Test
    void limitsOutsideTheirBoundsAndBadFiltersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> overview.openTaskCounts("", false, 501))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> overview.openTaskCounts("", false, 0)).hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> overview.mostWorkedOn("", today, 101)).hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> overview.mostWorkedOn("kind:", today, 10))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("q"));
    }
}
