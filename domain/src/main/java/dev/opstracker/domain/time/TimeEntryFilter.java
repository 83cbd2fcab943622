package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import java.util.Set;

/**
 * Which time entries a report, export or listing covers: those sharing a second with {@code range}
 * (running ones included) that match every criterion given; a null criterion matches all.
 *
 * @param tasks the tasks whose entries count (null: any task; empty: none)
 */
public record TimeEntryFilter(TimeRange range, BillingCode client, BillingCode project, String user, Set<TaskId> tasks) {

    public TimeEntryFilter {
        if (range == null) {
            throw new DomainException.InvalidInput("range", null, "a report or listing covers a range of time: give from and to");
        }
        if (project != null && client == null) {
            throw new DomainException.InvalidInput("project", project, "a project code is unique within its client: give the client too");
        }
        user = user == null || user.isBlank() ? null : user.strip();
        tasks = tasks == null ? null : Set.copyOf(tasks);
    }

    /** Every entry in the range. */
    public static TimeEntryFilter in(TimeRange range) {
        return new TimeEntryFilter(range, null, null, null, null);
    }

    /** Whether the entry matches this filter. */
    public boolean matches(TimeEntryDetails details) {
        return range.overlaps(details.start(), details.end())
                && (client == null || client.equals(details.client()))
                && (project == null || project.equals(details.project()))
                && (user == null || user.equals(details.user()))
                && (tasks == null || tasks.contains(details.taskId()));
    }
}
