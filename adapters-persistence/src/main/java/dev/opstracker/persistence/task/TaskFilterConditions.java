package dev.opstracker.persistence.task;

import static dev.opstracker.persistence.jooq.Tables.TASK;
import static dev.opstracker.persistence.jooq.Tables.TASK_ATTRIBUTE;

import dev.opstracker.domain.task.TaskFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Turns a {@link TaskFilter} into a SQL condition with exactly the semantics of {@link TaskFilter#matches}. */
final class TaskFilterConditions {

    private static final char LIKE_ESCAPE = '!';

    private TaskFilterConditions() {
    }

    static Condition of(TaskFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            conditions.add(TASK.STATUS.in(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (!filter.priorities().isEmpty()) {
            conditions.add(TASK.PRIORITY.in(filter.priorities().stream().map(Enum::name).toList()));
        }
        if (filter.assignee() != null) {
            conditions.add(TASK.ASSIGNEE.eq(filter.assignee()));
        }
        if (filter.client() != null) {
            conditions.add(TASK.CLIENT_CODE.eq(filter.client().value()));
        }
        if (filter.project() != null) {
            conditions.add(TASK.PROJECT_CODE.eq(filter.project().value()));
        }
        for (Map.Entry<String, String> attribute : filter.attributes().entrySet()) {
            conditions.add(DSL.exists(DSL.selectOne().from(TASK_ATTRIBUTE).where(
                    TASK_ATTRIBUTE.TASK_ID.eq(TASK.ID),
                    TASK_ATTRIBUTE.ATTR_KEY.eq(attribute.getKey()),
                    TASK_ATTRIBUTE.ATTR_VALUE.eq(attribute.getValue()))));
        }
        if (filter.titleContains() != null) {
            conditions.add(DSL.lower(TASK.TITLE).like(containsPattern(filter.titleContains()), LIKE_ESCAPE));
        }
        return DSL.and(conditions);
    }

    /** A LIKE pattern matching {@code text} anywhere, lower-cased as the reference does, wildcards taken literally. */
    static String containsPattern(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8).append('%');
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
