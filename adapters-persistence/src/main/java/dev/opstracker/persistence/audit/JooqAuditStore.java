package dev.opstracker.persistence.audit;

import static dev.opstracker.persistence.jooq.Tables.AUDIT_EVENT;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.audit.AuditStore;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.jooq.tables.records.AuditEventRecord;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * An {@link AuditStore} in the {@code audit_event} table: rows are inserted and never updated; the
 * auto-increment id orders them and is the cursor. Safe for concurrent use, also by several nodes.
 */
public final class JooqAuditStore implements AuditStore {

    private final DSLContext dsl;

    public JooqAuditStore(Database database) {
        this.dsl = requireNonNull(database, "database is null").dsl();
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        requireNonNull(entry, "entry is null");
        if (entry.id() != 0) {
            throw new IllegalArgumentException("audit entry %d is stored already".formatted(entry.id()));
        }
        long id = dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, entry.at())
                .set(AUDIT_EVENT.ACTOR_NAME, entry.actor().name())
                .set(AUDIT_EVENT.ACTOR_TOKEN, entry.actor().tokenId())
                .set(AUDIT_EVENT.ACTION, entry.action().wireName())
                .set(AUDIT_EVENT.TARGET, entry.target())
                .set(AUDIT_EVENT.DETAIL, entry.detail())
                .returningResult(AUDIT_EVENT.ID)
                .fetchSingle()
                .value1();
        return entry.withId(id);
    }

    @Override
    public Page<AuditEntry> list(Instant since, PageRequest page) {
        requireNonNull(page, "page is null");
        Condition recent = since == null ? DSL.noCondition() : AUDIT_EVENT.OCCURRED_AT.ge(since);
        Condition before = page.afterId() == 0 ? DSL.noCondition() : AUDIT_EVENT.ID.lt(page.afterId());
        List<AuditEntry> newestFirst = dsl.selectFrom(AUDIT_EVENT).where(recent, before).orderBy(AUDIT_EVENT.ID.desc()).limit(page.limit() + 1)
                .fetch(JooqAuditStore::toEntry);
        return Page.ofLookahead(newestFirst, page, () -> dsl.fetchCount(AUDIT_EVENT, recent), AuditEntry::id);
    }

    private static AuditEntry toEntry(AuditEventRecord row) {
        return new AuditEntry(row.getId(), row.getOccurredAt(), new Actor(row.getActorName(), row.getActorToken()),
                AuditAction.parse("action", row.getAction()), row.getTarget(), row.getDetail());
    }
}
