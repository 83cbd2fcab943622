package dev.opstracker.persistence.task;

import static dev.opstracker.application.testing.TaskFixtures.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.TaskStoreListContract;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskFilter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared task store contract plus what a SQL store can get wrong on its own: time zones,
 * column sizes, collations, LIKE escaping and reads that race writes. Run against H2 and MariaDB.
 */
abstract class JooqTaskStoreContract extends TaskStoreListContract {

    private static final String VERSION_AS_WRITTEN = "written-at-version";
    private static final String VERSION_AGAIN = "also-written-at-version";
    private static final int RACING_UPDATES = 300;
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
    void readsRacingUpdatesSeeEveryTaskAsOneSnapshot() throws Exception {
        Task raced = add(aTask().titled("v1").withAttribute(VERSION_AS_WRITTEN, "1").withAttribute(VERSION_AGAIN, "1").build());
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Task> writer = pool.submit(() -> {
                start.await();
                try {
                    Task current = raced;
                    for (int i = 0; i < RACING_UPDATES; i++) {
                        String next = Long.toString(current.version() + 1);
                        current = store.update(current.edit(TaskChanges.none().withTitle("v" + next)
                                .withAttributes(Map.of(VERSION_AS_WRITTEN, next, VERSION_AGAIN, next)), T0), List.of());
                    }
                    return current;
                } finally {
                    writing.set(false);
                }
            });
            Future<List<Task>> finder = pool.submit(() -> readWhile(writing, start, () -> store.find(raced.id()).stream().toList()));
            Future<List<Task>> lister = pool.submit(() -> readWhile(writing, start,
                    () -> store.list(TaskFilter.any(), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                            .filter(task -> task.id().equals(raced.id())).toList()));
            start.countDown();

            Task last = writer.get(1, TimeUnit.MINUTES);
            List<Task> found = finder.get(1, TimeUnit.MINUTES);
            List<Task> listed = lister.get(1, TimeUnit.MINUTES);

            assertThat(last.version()).isEqualTo(1 + RACING_UPDATES);
            assertThat(found).as("tasks read by find").isNotEmpty();
            assertThat(found.stream().filter(task -> !isOneSnapshot(task)).findFirst()).as("a task find read half at one version").isEmpty();
            assertThat(listed).as("tasks read by list").isNotEmpty();
            assertThat(listed.stream().filter(task -> !isOneSnapshot(task)).findFirst()).as("a task list read half at one version").isEmpty();
            assertThat(Stream.concat(found.stream(), listed.stream()).map(Task::version).distinct().count())
                    .as("versions the readers saw, so that they did race the writer").isGreaterThan(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads until the writer is done, then once more, and returns every task read. */
    private static List<Task> readWhile(AtomicBoolean writing, CountDownLatch start, Supplier<List<Task>> read) throws InterruptedException {
        start.await();
        List<Task> seen = new ArrayList<>();
        boolean more;
        do {
            more = writing.get();
            seen.addAll(read.get());
        } while (more);
        return seen;
    }

    /** Whether the task's row and attributes were all written by the update that gave it its version. */
    private static boolean isOneSnapshot(Task task) {
        String version = Long.toString(task.version());
        return task.details().title().equals("v" + version)
                && task.details().attributes().equals(Map.of(VERSION_AS_WRITTEN, version, VERSION_AGAIN, version));
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
