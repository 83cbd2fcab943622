package dev.opstracker.persistence.alert;

import static dev.opstracker.persistence.jooq.Tables.ALERT_DEAD_LETTER;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.alert.DeadLetterStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.jooq.tables.records.AlertDeadLetterRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A {@link DeadLetterStore} in the {@code alert_dead_letter} table; each call is one statement. */
public final class JooqDeadLetterStore implements DeadLetterStore {

    private final DSLContext dsl;

    public JooqDeadLetterStore(Database database) {
        this.dsl = requireNonNull(database, "database is null").dsl();
    }

    @Override
    public DeadLetter add(DeadLetter letter) {
        requireNonNull(letter, "letter is null");
        long id = dsl.insertInto(ALERT_DEAD_LETTER)
                .set(ALERT_DEAD_LETTER.SOURCE, letter.source().wireName())
                .set(ALERT_DEAD_LETTER.RECEIVED_AT, letter.receivedAt())
                .set(ALERT_DEAD_LETTER.BODY, letter.body())
                .set(ALERT_DEAD_LETTER.PROBLEM, letter.problem())
                .set(ALERT_DEAD_LETTER.REPLAYED_AT, letter.replayedAt())
                .returningResult(ALERT_DEAD_LETTER.ID).fetchOne().value1();
        return letter.withId(id);
    }

    @Override
    public Optional<DeadLetter> find(long id) {
        return dsl.selectFrom(ALERT_DEAD_LETTER).where(ALERT_DEAD_LETTER.ID.eq(id)).fetchOptional().map(JooqDeadLetterStore::toLetter);
    }

    @Override
    public Page<DeadLetter> list(PageRequest page) {
        requireNonNull(page, "page is null");
        Condition after = page.afterId() == 0 ? DSL.noCondition() : ALERT_DEAD_LETTER.ID.lt(page.afterId());
        List<DeadLetter> newestFirst = dsl.selectFrom(ALERT_DEAD_LETTER).where(after).orderBy(ALERT_DEAD_LETTER.ID.desc()).limit(page.limit() + 1)
                .fetch(JooqDeadLetterStore::toLetter);
        return Page.ofLookahead(newestFirst, page, () -> dsl.fetchCount(ALERT_DEAD_LETTER), DeadLetter::id);
    }

    @Override
    public long countSince(AlertSource source, Instant since) {
        return dsl.fetchCount(ALERT_DEAD_LETTER, ALERT_DEAD_LETTER.SOURCE.eq(source.wireName()), ALERT_DEAD_LETTER.RECEIVED_AT.ge(since));
    }

    @Override
    public void markReplayed(long id, Instant at) {
        if (dsl.update(ALERT_DEAD_LETTER).set(ALERT_DEAD_LETTER.REPLAYED_AT, at).where(ALERT_DEAD_LETTER.ID.eq(id)).execute() == 0) {
            throw new DomainException.NotFound("dead letter", Long.toString(id));
        }
    }

    private static DeadLetter toLetter(AlertDeadLetterRecord row) {
        return new DeadLetter(row.getId(), AlertSource.parse("source", row.getSource()), row.getReceivedAt(), row.getBody(), row.getProblem(),
                row.getReplayedAt());
    }
}
