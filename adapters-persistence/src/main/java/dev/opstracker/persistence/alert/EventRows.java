package dev.opstracker.persistence.alert;

import static dev.opstracker.persistence.jooq.Tables.ALERT_DELIVERY;
import static dev.opstracker.persistence.jooq.Tables.ALERT_EVENT;

import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.Delivery;
import dev.opstracker.domain.task.TaskId;
import java.util.Optional;
import org.jooq.DSLContext;

/** Kept deliveries and the stored outcome of each handled event, in the caller's transaction. */
final class EventRows {

    static final int MAX_REASON_LENGTH = 512;

    private EventRows() {
    }

    static long insertDelivery(DSLContext db, Delivery delivery) {
        return db.insertInto(ALERT_DELIVERY)
                .set(ALERT_DELIVERY.SOURCE, delivery.source().wireName())
                .set(ALERT_DELIVERY.RECEIVED_AT, delivery.receivedAt())
                .set(ALERT_DELIVERY.BODY, delivery.body())
                .set(ALERT_DELIVERY.BODY_SIZE, delivery.size())
                .set(ALERT_DELIVERY.TRUNCATED, delivery.truncated())
                .returningResult(ALERT_DELIVERY.ID).fetchOne().value1();
    }

    static Optional<AlertOutcome> outcomeOf(DSLContext db, String eventHash) {
        return db.selectFrom(ALERT_EVENT).where(ALERT_EVENT.EVENT_HASH.eq(eventHash)).fetchOptional()
                .map(row -> new AlertOutcome(AlertOutcome.Kind.valueOf(row.getOutcome()), row.getTaskId() == null ? null : TaskId.of(row.getTaskId()),
                        row.getIncidentId() == null ? 0 : row.getIncidentId(), row.getReason(), false));
    }

    static void insertOutcome(DSLContext db, String eventHash, long deliveryId, AlertOutcome outcome) {
        String reason = outcome.reason();
        db.insertInto(ALERT_EVENT)
                .set(ALERT_EVENT.EVENT_HASH, eventHash)
                .set(ALERT_EVENT.DELIVERY_ID, deliveryId)
                .set(ALERT_EVENT.OUTCOME, outcome.kind().name())
                .set(ALERT_EVENT.TASK_ID, outcome.taskId() == null ? null : outcome.taskId().value())
                .set(ALERT_EVENT.INCIDENT_ID, outcome.incidentId() == 0 ? null : outcome.incidentId())
                .set(ALERT_EVENT.REASON, reason == null || reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH))
                .execute();
    }
}
