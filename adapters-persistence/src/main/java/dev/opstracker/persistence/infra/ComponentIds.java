package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT_ID_BLOCK;

import org.jooq.DSLContext;

/**
 * Hands out component ids a block at a time from the one {@code component_id_block} row, so that
 * the store knows a new component's id, and so its id_path, before it inserts the row. Each block
 * is taken in a short transaction of its own: writers wait for the row only that long, not for
 * each other's batches, and a batch that rolls back leaves a gap, as an auto-increment would.
 */
final class ComponentIds {

    private static final int BLOCK_ROW = 1;

    private ComponentIds() {
    }

    /** Reserves {@code count} consecutive unused ids and returns the first. */
    static long take(DSLContext dsl, int count) {
        return dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            db.update(COMPONENT_ID_BLOCK).set(COMPONENT_ID_BLOCK.NEXT_ID, COMPONENT_ID_BLOCK.NEXT_ID.plus(count))
                    .where(COMPONENT_ID_BLOCK.ID.eq(BLOCK_ROW))
                    .execute();
            return db.select(COMPONENT_ID_BLOCK.NEXT_ID).from(COMPONENT_ID_BLOCK).where(COMPONENT_ID_BLOCK.ID.eq(BLOCK_ROW))
                    .fetchSingle(COMPONENT_ID_BLOCK.NEXT_ID) - count;
        });
    }
}
