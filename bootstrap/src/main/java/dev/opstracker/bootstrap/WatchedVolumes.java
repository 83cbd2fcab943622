package dev.opstracker.bootstrap;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The local paths whose volumes storage watching measures: the data directory (the embedded H2 database,
 * key files, the runbook archive), and the directory of an H2 database file the URL puts elsewhere. A
 * database on a server (MariaDB, or H2 over TCP) keeps its data on a disk that cannot be seen from here:
 * its own disk-full errors are answered 507 as they happen.
 */
public final class WatchedVolumes {

    public static final String DATA_DIRECTORY = "data directory";
    public static final String H2_DATABASE = "H2 database";

    private WatchedVolumes() {
    }

    /** What each watched path holds, and the path, the data directory first. */
    public static Map<String, Path> of(Settings settings) {
        Map<String, Path> paths = new LinkedHashMap<>();
        paths.put(DATA_DIRECTORY, settings.dataDirectory().toAbsolutePath().normalize());
        if (settings.databaseUrl() != null) {
            h2FileDirectory(settings.databaseUrl()).ifPresent(directory -> paths.put(H2_DATABASE, directory));
        }
        return paths;
    }

    /** The directory of the database file a {@code jdbc:h2:} URL names; empty for an in-memory or remote database, or another vendor. */
    static Optional<Path> h2FileDirectory(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = jdbcUrl.substring("jdbc:h2:".length());
        int options = location.indexOf(';');
        location = options < 0 ? location : location.substring(0, options);
        if (location.toLowerCase(Locale.ROOT).startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("(?i)[a-z]{2,}:.*")) {
            // mem:, tcp:, ssl: and H2's other prefixes are nothing of ours on this disk.
            return Optional.empty();
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        try {
            Path file = Path.of(location).toAbsolutePath().normalize();
            return Optional.ofNullable(file.getParent());
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }
}
