package dev.opstracker.persistence.runbook;

import static dev.opstracker.persistence.jooq.Tables.RUNBOOK;

import dev.opstracker.application.testing.RunbookStoreContract;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runbook store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqRunbookStoreMariaDbTest extends RunbookStoreContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    private Database database;

    @Override
    protected RunbookStore emptyStore() {
        database = MARIA_DB.emptied();
        return new JooqRunbookStore(database, RunbookStoreContract::readDocument);
    }

    /** The runbook's row deleted in SQL: its scope, uses and drift reviews go with it (ON DELETE CASCADE). */
    @Override
    protected boolean deleteRunbook(RunbookSlug slug) {
        return database.dsl().deleteFrom(RUNBOOK).where(RUNBOOK.SLUG.eq(slug.value())).execute() == 1;
    }
}
