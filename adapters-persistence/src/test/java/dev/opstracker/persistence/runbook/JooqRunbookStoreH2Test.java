package dev.opstracker.persistence.runbook;

import static dev.opstracker.persistence.jooq.Tables.RUNBOOK;

import dev.opstracker.application.testing.RunbookStoreContract;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runbook store contract on the embedded H2 database. */
final class JooqRunbookStoreH2Test extends RunbookStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    private Database database;

    @Override
    protected RunbookStore emptyStore() {
        database = H2.emptied();
        return new JooqRunbookStore(database, RunbookStoreContract::readDocument);
    }

    /** The runbook's row deleted in SQL: its scope, uses and drift reviews go with it (ON DELETE CASCADE). */
    @Override
    protected boolean deleteRunbook(RunbookSlug slug) {
        return database.dsl().deleteFrom(RUNBOOK).where(RUNBOOK.SLUG.eq(slug.value())).execute() == 1;
    }
}
