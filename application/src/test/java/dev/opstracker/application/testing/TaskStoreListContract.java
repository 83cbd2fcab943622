package dev.opstracker.application.testing;

import static dev.opstracker.application.testing.TaskFixtures.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How every task store filters and pages; the same answers {@link TaskFilter#matches} gives. */
public abstract class TaskStoreListContract extends TaskStoreContract {

    private Task diskAlert;
    private Task certRotation;
    private Task dnsChange;
    private Task backupCheck;

    @BeforeEach
    void addFourTasks() {
        diskAlert = add(aTask().titled("HighDiskUsage on node-7").withPriority(Priority.P1).assignedTo("marcus")
                .forClient("ACME").forProject("acme-k8s").withAttribute("env", "prod").build());
        certRotation = add(aTask().titled("Rotate TLS cert").withPriority(Priority.P2).assignedTo("dana")
                .forClient("ACME").forProject("acme-web").withAttribute("env", "staging").build());
        dnsChange = add(aTask().titled("Move DNS zone to Route53").withPriority(Priority.P3).assignedTo("marcus")
                .forClient("GLOBEX").withAttribute("env", "prod").withAttribute("ticket", "GX-9").build());
        backupCheck = add(aTask().titled("Verify nightly disk backups").withPriority(Priority.P4).build());
        Task.StatusChange done = dnsChange.moveTo(TaskStatus.DONE, null, T0);
        dnsChange = store.update(done.task(), List.of(done.event()));
    }

    private List<Task> listAll(TaskFilter filter) {
        return store.list(filter, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    @Test
    void withoutCriteriaEveryTaskIsListedByAscendingId() {
        assertThat(listAll(TaskFilter.any())).containsExactly(diskAlert, certRotation, dnsChange, backupCheck);
    }

    @Test
    void statusFilterKeepsOnlyTasksInTheGivenStates() {
        assertThat(listAll(TaskFilter.any().withStatuses(Set.of(TaskStatus.DONE)))).containsExactly(dnsChange);
        assertThat(listAll(TaskFilter.any().withStatuses(Set.of(TaskStatus.OPEN, TaskStatus.DONE)))).hasSize(4);
    }

    @Test
    void priorityFilterKeepsOnlyTasksOfTheGivenPriorities() {
        assertThat(listAll(TaskFilter.any().withPriorities(Set.of(Priority.P1, Priority.P4)))).containsExactly(diskAlert, backupCheck);
    }

    @Test
    void assigneeClientAndProjectFiltersMatchExactly() {
        assertThat(listAll(TaskFilter.any().withAssignee("marcus"))).containsExactly(diskAlert, dnsChange);
        assertThat(listAll(TaskFilter.any().withClient(new BillingCode("ACME")))).containsExactly(diskAlert, certRotation);
        assertThat(listAll(TaskFilter.any().withProject(new BillingCode("acme-web")))).containsExactly(certRotation);
        assertThat(listAll(TaskFilter.any().withClient(new BillingCode("acme")))).isEmpty();
    }

    @Test
    void attributeFiltersMustAllMatch() {
        assertThat(listAll(TaskFilter.any().withAttributes(Map.of("env", "prod")))).containsExactly(diskAlert, dnsChange);
        assertThat(listAll(TaskFilter.any().withAttributes(Map.of("env", "prod", "ticket", "GX-9")))).containsExactly(dnsChange);
        assertThat(listAll(TaskFilter.any().withAttributes(Map.of("ticket", "nope")))).isEmpty();
    }

    @Test
    void titleTextMatchesAnywhereIgnoringCase() {
        assertThat(listAll(TaskFilter.any().withTitleContaining("DISK"))).containsExactly(diskAlert, backupCheck);
    }

    @Test
    void titleTextTreatsLikeWildcardsAsPlainCharacters() {
        Task percent = add(aTask().titled("CPU at 100% on db-1").build());
        Task underscore = add(aTask().titled("node_exporter down").build());

        assertThat(listAll(TaskFilter.any().withTitleContaining("100%"))).containsExactly(percent);
        assertThat(listAll(TaskFilter.any().withTitleContaining("e_e"))).containsExactly(underscore);
        assertThat(listAll(TaskFilter.any().withTitleContaining("%"))).containsExactly(percent);
    }

    @Test
    void criteriaCombineWithAnd() {
        TaskFilter filter = TaskFilter.any().withAssignee("marcus").withStatuses(Set.of(TaskStatus.OPEN)).withAttributes(Map.of("env", "prod"));

        assertThat(listAll(filter)).containsExactly(diskAlert);
    }

    @Test
    void pagingWalksEveryMatchOnceInOrderAndCountsTheTotal() {
        for (int i = 0; i < 9; i++) {
            add(aTask().titled("bulk " + i).assignedTo("bulk").build());
        }
        TaskFilter bulk = TaskFilter.any().withAssignee("bulk");
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(4);
        int pages = 0;
        while (true) {
            Page<Task> page = store.list(bulk, request);
            pages++;
            assertThat(page.total()).isEqualTo(9);
            page.items().forEach(task -> seen.add(task.details().title()));
            if (page.next() == null) {
                break;
            }
            request = new PageRequest(4, page.next());
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("bulk 0", "bulk 1", "bulk 2", "bulk 3", "bulk 4", "bulk 5", "bulk 6", "bulk 7", "bulk 8");
    }

    @Test
    void aPageThatEndsExactlyAtTheLastMatchHasNoNextCursor() {
        Page<Task> page = store.list(TaskFilter.any(), PageRequest.first(4));

        assertThat(page.items()).hasSize(4);
        assertThat(page.next()).isNull();
    }
}
