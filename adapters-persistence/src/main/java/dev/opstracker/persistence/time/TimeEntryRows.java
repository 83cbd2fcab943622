package dev.opstracker.persistence.time;

import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.domain.time.TimeEntryId;
import dev.opstracker.persistence.jooq.tables.records.TimeEntryRecord;
import java.time.Instant;
import java.time.ZoneId;

/** A {@link TimeEntry} as a {@code time_entry} row and back. */
final class TimeEntryRows {

    /** running_marker while the timer runs; NULL once stopped, so the unique key allows one running entry per user. */
    static final short RUNNING = 1;

    private TimeEntryRows() {
    }

    /** The row's columns but its id, which the database assigns. */
    static TimeEntryRecord toRecord(TimeEntryDetails details, Instant createdAt, Instant updatedAt, long version) {
        TimeEntryRecord row = new TimeEntryRecord();
        row.setTaskId(details.taskId().value());
        row.setUserName(details.user());
        row.setStartedAt(details.start());
        row.setEndedAt(details.end());
        row.setZone(details.zone().getId());
        row.setClientCode(details.client() == null ? null : details.client().value());
        row.setProjectCode(details.project() == null ? null : details.project().value());
        row.setBillable(details.billable());
        row.setNote(details.note());
        row.setActivity(details.activity().wireName());
        row.setRunningMarker(details.isRunning() ? RUNNING : null);
        row.setCreatedAt(createdAt);
        row.setUpdatedAt(updatedAt);
        row.setVersion(version);
        return row;
    }

    static TimeEntry toEntry(TimeEntryRecord row) {
        TimeEntryDetails details = new TimeEntryDetails(TaskId.of(row.getTaskId()), row.getUserName(), row.getStartedAt(), row.getEndedAt(),
                ZoneId.of(row.getZone()), row.getClientCode() == null ? null : new BillingCode(row.getClientCode()),
                row.getProjectCode() == null ? null : new BillingCode(row.getProjectCode()), row.getBillable(), row.getNote(),
                Activity.parse(row.getActivity()));
        return new TimeEntry(TimeEntryId.of(row.getId()), details, row.getCreatedAt(), row.getUpdatedAt(), row.getVersion());
    }
}
