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
import dev.opstracker.persistence.jooq.tables.records.TaskRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Result;

/** The read side of {@link JooqTaskStore}: lookups, filtered pages and histories. */
final class TaskReads {

    private final DSLContext dsl;

    TaskReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Task> find(TaskId id) {
        TaskRecord record = dsl.selectFrom(TASK).where(TASK.ID.eq(id.value())).fetchOne();
        return Optional.ofNullable(record).map(found -> TaskRecordMapper.toTask(found, attributesOf(dsl, id.value())));
    }

    Page<Task> list(TaskFilter filter, PageRequest page) {
        Condition matches = TaskFilterConditions.of(filter);
        Result<TaskRecord> window = dsl.selectFrom(TASK)
                .where(matches, TASK.ID.gt(page.afterId()))
                .orderBy(TASK.ID)
                .limit(page.limit() + 1)
                .fetch();
        long total = dsl.fetchCount(TASK, matches);
        Map<Long, Map<String, String>> attributes = attributesOf(window.getValues(TASK.ID));
        List<Task> tasks = window.stream()
                .map(record -> TaskRecordMapper.toTask(record, attributes.getOrDefault(record.getId(), Map.of())))
                .toList();
        // The count is a second statement: a task added in between must not make it smaller than the page.
        return Page.ofLookahead(tasks, page.limit(), Math.max(total, Math.min(tasks.size(), page.limit())), task -> task.id().value());
    }

    List<TaskEvent> history(TaskId id) {
        return dsl.selectFrom(TASK_EVENT)
                .where(TASK_EVENT.TASK_ID.eq(id.value()))
                .orderBy(TASK_EVENT.ID)
                .fetch(TaskEventMapper::toEvent);
    }

    Map<String, String> attributesOf(DSLContext db, long taskId) {
        return db.select(TASK_ATTRIBUTE.ATTR_KEY, TASK_ATTRIBUTE.ATTR_VALUE)
                .from(TASK_ATTRIBUTE)
                .where(TASK_ATTRIBUTE.TASK_ID.eq(taskId))
                .fetchMap(TASK_ATTRIBUTE.ATTR_KEY, TASK_ATTRIBUTE.ATTR_VALUE);
    }

    private Map<Long, Map<String, String>> attributesOf(List<Long> taskIds) {
        Map<Long, Map<String, String>> byTask = new HashMap<>();
        if (taskIds.isEmpty()) {
            return byTask;
        }
        dsl.select(TASK_ATTRIBUTE.TASK_ID, TASK_ATTRIBUTE.ATTR_KEY, TASK_ATTRIBUTE.ATTR_VALUE)
                .from(TASK_ATTRIBUTE)
                .where(TASK_ATTRIBUTE.TASK_ID.in(taskIds))
                .forEach(row -> byTask.computeIfAbsent(row.value1(), id -> new HashMap<>()).put(row.value2(), row.value3()));
        return byTask;
    }
}
