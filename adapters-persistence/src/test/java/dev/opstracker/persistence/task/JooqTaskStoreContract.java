package dev.opstracker.persistence.task;

import static dev.opstracker.application.testing.TaskFixtures.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.TaskStoreListContract;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shared task store contract plus what a SQL store can get wrong on its own: time zones,
 * column sizes, collations and LIKE escaping. Run against H2 and MariaDB.
 */
abstract class JooqTaskStoreContract extends TaskStoreListContract {

    private static final Instant IN_NEW_YORK_DAYLIGHT_SAVING_GAP = Instant.parse("2026-03-08T02:30:00.654321Z");

    @Test
    void instantsInTheJvmZonesDaylightSavingGapReadBackUnchanged() {
        LocalDateTime wallClock = LocalDateTime.of(2026, 3, 8, 2, 30);
        assertThat(ZoneId.systemDefault().getRules().getValidOffsets(wallClock))
                .as("surefire runs this module in America/New_York, where %s does not exist", wallClock)
                .isEmpty();

        Task added = store.add(Task.create(aTask().dueAt(IN_NEW_YORK_DAYLIGHT_SAVING_GAP).build(), IN_NEW_YORK_DAYLIGHT_SAVING_GAP));

        Task found = store.find(added.id()).orElseThrow();
        assertThat(found.createdAt()).isEqualTo(IN_NEW_YORK_DAYLIGHT_SAVING_GAP);
        assertThat(found.details().dueAt()).isEqualTo(IN_NEW_YORK_DAYLIGHT_SAVING_GAP);
    }

    @Test
    void instantsAreKeptToTheMicrosecondAndAddReturnsWhatAReadReturns() {
        Task added = store.add(new NewTask(TaskDetails.titled("nanos"), Instant.parse("2026-11-20T08:15:30.123456789Z")));

        assertThat(added.createdAt()).isEqualTo(Instant.parse("2026-11-20T08:15:30.123456Z"));
        assertThat(store.find(added.id())).contains(added);
    }

    @Test
    void aDescriptionOfTheMaximumLengthInMultiByteCharactersReadsBackIntact() {
        String longest = "✓".repeat(TaskDetails.MAX_DESCRIPTION_LENGTH / 2) + "😀".repeat(TaskDetails.MAX_DESCRIPTION_LENGTH / 4);

        Task added = add(aTask().describedAs(longest).build());

        assertThat(store.find(added.id()).orElseThrow().details().description()).isEqualTo(longest);
    }

    @Test
    void textComparesExactlyWithCaseAndTrailingSpacesCounting() {
        Task upper = add(aTask().assignedTo("Marcus").withAttribute("Env", "Prod").withAttribute("env", "prod ").build());

        assertThat(store.find(upper.id()).orElseThrow().details().attributes()).containsOnly(Map.entry("Env", "Prod"), Map.entry("env", "prod "));
        assertThat(listAll(TaskFilter.any().withAssignee("marcus"))).doesNotContain(upper);
        assertThat(listAll(TaskFilter.any().withAttributes(Map.of("env", "prod")))).doesNotContain(upper);
        assertThat(listAll(TaskFilter.any().withAttributes(Map.of("Env", "prod")))).doesNotContain(upper);
        assertThat(listAll(TaskFilter.any().withAttributes(Map.of("env", "prod ")))).containsExactly(upper);
    }

    @Test
    void titleTextTreatsTheEscapeCharacterAsPlainText() {
        Task bang = add(aTask().titled("Disk full!").build());
        add(aTask().titled("Disk full").build());

        assertThat(listAll(TaskFilter.any().withTitleContaining("full!"))).containsExactly(bang);
        assertThat(listAll(TaskFilter.any().withTitleContaining("!"))).containsExactly(bang);
    }

    @Test
    void anEventOfAnotherTaskIsRejectedAndNothingIsWritten() {
        Task first = add(aTask().build());
        Task second = add(aTask().build());
        Task.StatusChange otherTasks = second.moveTo(TaskStatus.IN_PROGRESS, null, T0);

        assertThatThrownBy(() -> store.update(first.edit(TaskChanges.none().withTitle("x"), T0), List.of(otherTasks.event())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(first.id())).contains(first);
    }

    @Test
    void aPageStartingPastTheLastTaskIsEmptyButCountsEveryMatch() {
        var page = store.list(TaskFilter.any(), new PageRequest(10, "999999999"));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isNull();
        assertThat(page.total()).isEqualTo(4);
    }

    private List<Task> listAll(TaskFilter filter) {
        return store.list(filter, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }
}
