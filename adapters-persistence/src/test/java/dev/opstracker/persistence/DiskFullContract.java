package dev.opstracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A write the database refuses for want of space leaves as StorageFull, whatever way a store writes,
 * and its transaction leaves no rows. Subclasses give a database and make it refuse a write with its
 * own disk-full error.
 */
abstract class DiskFullContract {

    /** An empty database holding a table {@code scratch_row (id INT PRIMARY KEY)}. */
    protected abstract Database database();

    /** The SQL of one write the database refuses with its disk-full error. */
    protected abstract String refusedWrite();

    private DSLContext dsl() {
        return database().dsl();
    }

    private int rows() {
        return dsl().fetchCount(DSL.table(DSL.name("scratch_row")));
    }

    private void insertRow(DSLContext dsl, int id) {
        dsl.insertInto(DSL.table(DSL.name("scratch_row")), DSL.field(DSL.name("id"))).values(id).execute();
    }

    @Test
    void aWriteRefusedForWantOfSpaceRollsItsTransactionBackAndLeavesAsStorageFull() {
        insertRow(dsl(), 1);

        assertThatThrownBy(() -> dsl().transaction(transaction -> {
            insertRow(transaction.dsl(), 2);
            insertRow(transaction.dsl(), 3);
            transaction.dsl().execute(refusedWrite());
        })).isInstanceOfSatisfying(DomainException.StorageFull.class, full -> {
            assertThat(full).hasMessage(DiskFullTranslation.MESSAGE);
            assertThat(full.getCause()).isInstanceOf(SQLException.class);
        });

        assertThat(rows()).as("the rows written before the refusal were rolled back").isEqualTo(1);
    }

    @Test
    void aWriteThroughPlainJdbcIsTranslatedToo() {
        assertThatThrownBy(() -> dsl().connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(refusedWrite())) {
                statement.execute();
            }
        })).isInstanceOf(DomainException.StorageFull.class);
    }

    @Test
    void otherFailuresKeepTheirOwnExceptionAndWritesGoOnAfterARefusal() {
        assertThatThrownBy(() -> dsl().execute(refusedWrite())).isInstanceOf(DomainException.StorageFull.class);
        insertRow(dsl(), 7);

        assertThatThrownBy(() -> insertRow(dsl(), 7)).isNotInstanceOf(DomainException.class)
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(rows()).isEqualTo(1);
        assertThat(database().isReachable()).isTrue();
    }
}
