package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.util.List;

/**
 * A procedure generated from finished work: what it is for and where it applies, what is needed
 * first, its variables ({@code {{host}}}), its ordered steps, rollback notes where the work showed
 * them, how long it took, and the tasks it was learnt from.
 *
 * @param slug              its stable name in URLs and file names, such as {@code high-disk-usage-on-node}
 * @param estimatedDuration the median time recorded on the source tasks, or null when none was
 */
public record Runbook(
        RunbookSlug slug,
        String title,
        String purpose,
        RunbookScope scope,
        List<String> prerequisites,
        List<RunbookVariable> variables,
        List<RunbookStep> steps,
        List<String> rollbackNotes,
        Duration estimatedDuration,
        List<TaskId> sourceTasks) {

    public static final int MAX_TITLE_LENGTH = 200;

    public Runbook {
        requireNonNull(slug, "slug is null");
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE_LENGTH) {
            throw new DomainException.InvalidInput("title", title, "a runbook title of 1 to " + MAX_TITLE_LENGTH + " characters");
        }
        title = title.strip();
        purpose = purpose == null ? "" : purpose.strip();
        requireNonNull(scope, "scope is null");
        prerequisites = List.copyOf(prerequisites);
        variables = List.copyOf(variables);
        steps = List.copyOf(steps);
        rollbackNotes = List.copyOf(rollbackNotes);
        sourceTasks = List.copyOf(sourceTasks);
        if (sourceTasks.isEmpty()) {
            throw new DomainException.InvalidInput("taskIds", sourceTasks, "a runbook is learnt from at least one finished task");
        }
    }
}
