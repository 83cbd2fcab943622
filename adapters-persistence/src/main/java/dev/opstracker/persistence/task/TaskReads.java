package dev.opstracker.persistence.task;

import static dev.opstracker.persistence.jooq.Tables.TASK;
import static dev.opstracker.persistence.jooq.Tables.TASK_ATTRIBUTE;
import static dev.opstracker.persistence.jooq.Tables.TASK_EVENT;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.jooq.tables.TaskAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Table;

/**
 * The read side of {@link JooqTaskStore}: lookups, filtered pages and histories.
 *
 * <p>A task is a {@code task} row plus its {@code task_attribute} rows, and an update rewrites
 * both in one transaction. Each read of tasks is therefore one statement joining the two, which
 * H2 and InnoDB both answer from a single snapshot: separate statements could pair a row at
 * version N with attributes of version N+1.
 */
final class TaskReads {

    private static final TaskAttribute ATTRIBUTE = TASK_ATTRIBUTE.as("attribute");
    private static final Field<?>[] TASK_WITH_ATTRIBUTE = Stream.concat(Stream.of(TASK.fields()), Stream.of(ATTRIBUTE.ATTR_KEY, ATTRIBUTE.ATTR_VALUE))
            .toArray(Field<?>[]::new);

    private final DSLContext dsl;

    TaskReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Task> find(TaskId id) {
        List<Task> found = assemble(dsl.select(TASK_WITH_ATTRIBUTE)
                .from(TASK)
                .leftJoin(ATTRIBUTE).on(ATTRIBUTE.TASK_ID.eq(TASK.ID))
                .where(TASK.ID.eq(id.value()))
                .fetch());
        return found.stream().findFirst();
    }

    /**
     * One page of matching tasks: the page's ids are chosen in a derived table (ORDER BY and LIMIT
     * inside it), then joined to their rows and attributes, all in one statement. The count is a
     * second statement; {@link Page} keeps it from falling below the page's size.
     */
    Page<Task> list(TaskFilter filter, PageRequest page) {
        Condition matches = TaskFilterConditions.of(filter);
        Table<Record1<Long>> pageIds = dsl.select(TASK.ID)
                .from(TASK)
                .where(matches, TASK.ID.gt(page.afterId()))
                .orderBy(TASK.ID)
                .limit(page.limit() + 1)
                .asTable("page_ids");
        Field<Long> pageId = pageIds.field(TASK.ID);
        List<Task> tasks = assemble(dsl.select(TASK_WITH_ATTRIBUTE)
                .from(pageIds)
                .join(TASK).on(TASK.ID.eq(pageId))
                .leftJoin(ATTRIBUTE).on(ATTRIBUTE.TASK_ID.eq(TASK.ID))
                .orderBy(TASK.ID)
                .fetch());
        long total = dsl.fetchCount(TASK, matches);
        return Page.ofLookahead(tasks, page.limit(), total, task -> task.id().value());
    }

    /** One page of a task's history; the cursor is a position, so a page is read with OFFSET. */
    Page<TaskEvent> history(TaskId id, PageRequest page) {
        Condition ofTask = TASK_EVENT.TASK_ID.eq(id.value());
        List<TaskEvent> events = dsl.selectFrom(TASK_EVENT)
                .where(ofTask)
                .orderBy(TASK_EVENT.ID)
                .limit(page.limit() + 1)
                .offset(page.afterId())
                .fetch(TaskEventMapper::toEvent);
        return Page.ofPosition(events, page, dsl.fetchCount(TASK_EVENT, ofTask));
    }

    /** The attributes of one task, read in {@code db}'s transaction; for updates, which hold the row's lock. */
    Map<String, String> attributesOf(DSLContext db, long taskId) {
        return db.select(TASK_ATTRIBUTE.ATTR_KEY, TASK_ATTRIBUTE.ATTR_VALUE)
                .from(TASK_ATTRIBUTE)
                .where(TASK_ATTRIBUTE.TASK_ID.eq(taskId))
                .fetchMap(TASK_ATTRIBUTE.ATTR_KEY, TASK_ATTRIBUTE.ATTR_VALUE);
    }

    /** Tasks from rows of {@link #TASK_WITH_ATTRIBUTE}, one row per attribute (or one with nulls), in row order. */
    private static List<Task> assemble(Iterable<? extends Record> rows) {
        Map<Long, Record> tasks = new LinkedHashMap<>();
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        for (Record row : rows) {
            Long id = row.get(TASK.ID);
            tasks.putIfAbsent(id, row);
            String key = row.get(ATTRIBUTE.ATTR_KEY);
            if (key != null) {
                attributes.computeIfAbsent(id, any -> new HashMap<>()).put(key, row.get(ATTRIBUTE.ATTR_VALUE));
            }
        }
        List<Task> assembled = new ArrayList<>(tasks.size());
        tasks.forEach((id, row) -> assembled.add(TaskRecordMapper.toTask(row, attributes.getOrDefault(id, Map.of()))));
        return assembled;
    }
}
