package dev.opstracker.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 reports a file it could not write as a general error caused by the operating system's
 * "No space left on device". A user-defined function throwing that same IOException stands in for
 * the full disk here; bootstrap's DiskFullEndToEndTest fills a real one.
 */
final class DiskFullH2Test extends DiskFullContract {

    @TempDir
    Path directory;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.embedded(directory);
        database.dsl().execute("CREATE TABLE scratch_row (id INT PRIMARY KEY)");
        database.dsl().execute("CREATE ALIAS NO_SPACE_LEFT FOR '" + NoSpaceLeft.class.getName() + ".fail'");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    protected Database database() {
        return database;
    }

    @Override
    protected String refusedWrite() {
        return "INSERT INTO scratch_row (id) VALUES (NO_SPACE_LEFT())";
    }
}
