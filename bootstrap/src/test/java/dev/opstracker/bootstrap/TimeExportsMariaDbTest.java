package dev.opstracker.bootstrap;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Every time export format on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = "OPSTRACKER_TEST_MARIADB_URL", matches = ".*\\S.*")
class TimeExportsMariaDbTest extends TimeExportsContract {

    private MariaDbScratchDatabase scratch;

    @Override
    Settings settings(Path temporary) throws SQLException {
        scratch = new MariaDbScratchDatabase(System.getenv("OPSTRACKER_TEST_MARIADB_URL"));
        return Settings.embedded(temporary).withDatabase(scratch.url(), null, null);
    }

    @Override
    void storeClosed() throws SQLException {
        scratch.close();
    }
}
