package dev.opstracker.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated embedded H2 database in a directory of the test class's own, opened before its
 * first test and closed and removed after its last. Register it as a static field with
 * {@code @RegisterExtension}.
 */
public final class H2PerClass implements BeforeAllCallback, AfterAllCallback {

    private Path directory;
    private Database database;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("opstracker-h2-test");
        database = TestDatabases.migratedH2(directory);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (database != null) {
            database.close();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(H2PerClass::delete);
        }
    }

    /** The class's database with every row deleted, for a test that starts from empty stores. */
    public Database emptied() {
        TestDatabases.deleteAllRows(database);
        return database;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
