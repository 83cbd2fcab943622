package dev.opstracker.persistence.alert;

import static dev.opstracker.persistence.jooq.Tables.ALERT_GROUP;

import dev.opstracker.domain.alert.AlertGroup;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Sha256;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.jooq.tables.records.AlertGroupRecord;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** The {@code alert_group} rows, read and written in the caller's transaction; updates apply only to the version read, as for incidents. */
final class GroupRows {

    private static final byte ACCEPTING = 1;

    private final DSLContext db;
    private final Map<Long, Long> versionsRead = new HashMap<>();

    GroupRows(DSLContext db) {
        this.db = db;
    }

    Optional<AlertGroup> acceptingLocked(String key) {
        return db.selectFrom(ALERT_GROUP).where(ALERT_GROUP.KEY_HASH.eq(Sha256.hex(key)), ALERT_GROUP.ACCEPTING.eq(ACCEPTING))
                .forUpdate().fetchOptional().map(row -> {
                    versionsRead.put(row.getId(), row.getVersion());
                    return toGroup(row);
                });
    }

    long insert(AlertGroup group) {
        AlertGroupRecord row = toRecord(group);
        row.changed(ALERT_GROUP.ID, false);
        row.setVersion(1L);
        return db.insertInto(ALERT_GROUP).set(row).returningResult(ALERT_GROUP.ID).fetchOne().value1();
    }

    void update(AlertGroup group) {
        Long read = versionsRead.get(group.id());
        if (read == null) {
            throw new IllegalStateException("group " + group.id() + " was not read in this transaction");
        }
        AlertGroupRecord row = toRecord(group);
        row.changed(ALERT_GROUP.ID, false);
        row.setVersion(read + 1);
        if (db.update(ALERT_GROUP).set(row).where(ALERT_GROUP.ID.eq(group.id()), ALERT_GROUP.VERSION.eq(read)).execute() == 0) {
            throw new DomainException.Conflict(DomainException.Conflict.CONCURRENT_WRITE,
                    "another alert of the same storm was being stored at the same time; try again");
        }
        versionsRead.put(group.id(), read + 1);
    }

    void sealAllOf(TaskId taskId) {
        db.update(ALERT_GROUP).setNull(ALERT_GROUP.ACCEPTING).set(ALERT_GROUP.VERSION, ALERT_GROUP.VERSION.plus(1))
                .where(ALERT_GROUP.TASK_ID.eq(taskId.value()), ALERT_GROUP.ACCEPTING.isNotNull()).execute();
    }

    private static AlertGroup toGroup(AlertGroupRecord row) {
        return new AlertGroup(row.getId(), row.getGroupKey(), TaskId.of(row.getTaskId()), row.getOpenedAt(), row.getLastJoinedAt(), row.getMembers(),
                row.getAccepting() != null);
    }

    private static AlertGroupRecord toRecord(AlertGroup group) {
        AlertGroupRecord row = new AlertGroupRecord();
        row.setId(group.id());
        row.setGroupKey(group.key());
        row.setKeyHash(Sha256.hex(group.key()));
        row.setAccepting(group.accepting() ? ACCEPTING : null);
        row.setTaskId(group.taskId().value());
        row.setOpenedAt(group.openedAt());
        row.setLastJoinedAt(group.lastJoinedAt());
        row.setMembers(group.members());
        return row;
    }
}
