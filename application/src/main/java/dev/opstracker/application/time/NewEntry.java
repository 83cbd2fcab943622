package dev.opstracker.application.time;

import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An entry as a user adds it by hand. Client and project default from the task when null;
 * {@code billable} null means billable.
 */
public record NewEntry(TaskId taskId, String user, Instant start, Instant end, ZoneId zone, BillingCode client, BillingCode project,
        Boolean billable, String note, Activity activity) {
}
