package dev.opstracker.persistence.alert;

import static dev.opstracker.persistence.jooq.Tables.ALERT_RULES;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertRulesCodec;
import dev.opstracker.domain.alert.AlertRulesStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.jooq.tables.records.AlertRulesRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/**
 * An {@link AlertRulesStore} in the one-row {@code alert_rules} table, holding the rules as the
 * codec's document. A replace is one conditional statement on the version read, so two nodes
 * replacing at once cannot both win.
 */
public final class JooqAlertRulesStore implements AlertRulesStore {

    private static final int ROW = 1;

    private final DSLContext dsl;
    private final AlertRulesCodec codec;

    public JooqAlertRulesStore(Database database, AlertRulesCodec codec) {
        this.dsl = requireNonNull(database, "database is null").dsl();
        this.codec = requireNonNull(codec, "codec is null");
    }

    @Override
    public Versioned current() {
        AlertRulesRecord row = dsl.selectFrom(ALERT_RULES).where(ALERT_RULES.ID.eq(ROW)).fetchOne();
        return row == null ? new Versioned(AlertRules.DEFAULT, 0) : new Versioned(codec.read(row.getDocument()), row.getVersion());
    }

    @Override
    public Versioned replace(AlertRules rules, OptionalLong expectedVersion) {
        String document = codec.write(requireNonNull(rules, "rules is null"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long stored = storedVersion();
        long expected = expectedVersion.orElse(stored);
        boolean written;
        try {
            written = expected == 0
                    ? dsl.insertInto(ALERT_RULES).set(ALERT_RULES.ID, ROW).set(ALERT_RULES.DOCUMENT, document).set(ALERT_RULES.VERSION, 1L)
                            .set(ALERT_RULES.UPDATED_AT, now).execute() == 1
                    : dsl.update(ALERT_RULES).set(ALERT_RULES.DOCUMENT, document).set(ALERT_RULES.VERSION, expected + 1)
                            .set(ALERT_RULES.UPDATED_AT, now).where(ALERT_RULES.ID.eq(ROW), ALERT_RULES.VERSION.eq(expected)).execute() == 1;
        } catch (DataAccessException failure) {
            if (failure.sqlStateClass() != SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw failure;
            }
            // Another node stored the first rules at the same moment.
            written = false;
        }
        if (!written) {
            throw DomainException.Conflict.staleVersion("alert rules", "document", expected, storedVersion());
        }
        return new Versioned(rules, expected + 1);
    }

    private long storedVersion() {
        Long version = dsl.select(ALERT_RULES.VERSION).from(ALERT_RULES).where(ALERT_RULES.ID.eq(ROW)).fetchOne(ALERT_RULES.VERSION);
        return version == null ? 0 : version;
    }
}
