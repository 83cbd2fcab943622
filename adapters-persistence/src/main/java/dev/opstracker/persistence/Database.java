package dev.opstracker.persistence;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pool of connections to the OpsTracker database and the jOOQ context over it. The dialect follows
 * from the JDBC URL: {@code jdbc:h2:...} (the embedded default, see {@link #embedded}) or
 * {@code jdbc:mariadb://host:port/database}. Safe for concurrent use; {@link #close()} closes the pool.
 *
 * <p>A write the database refuses for want of disk space leaves every store as
 * {@link dev.opstracker.domain.shared.DomainException.StorageFull}, its transaction rolled back
 * ({@link DiskFullTranslation}). The embedded H2 database stores each commit before answering it
 * ({@code WRITE_DELAY=0}): with H2's default delay, a full disk lost commits already answered, and the
 * database reopened without them.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    // Pooled connections outlive H2's own shutdown hook; LOCK_TIMEOUT lets concurrent writers of
    // one row queue up instead of failing after H2's default of one second.
    // QUERY_CACHE_SIZE: H2 keeps 8 parsed statements per session by default, fewer than one alert delivery runs.
    // WRITE_DELAY=0: by default H2 writes committed changes to its file up to half a second later, from a
    // background thread, so a process killed within that time loses writes it had acknowledged (CrashSafetyIT);
    // with 0 every commit is written to the file before it returns (into the OS cache: it survives the process,
    // though not a power cut, for which H2 makes no promise). Measured: 0.3 ms instead of 0.02 ms per insert.
    private static final String EMBEDDED_OPTIONS =
            ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64;WRITE_DELAY=0";
    /** H2's "database is closed" and "called at shutdown": the connection is dead for good. */
    private static final Set<Integer> H2_CLOSED = Set.of(90098, 90121);

    /** The embedded database's file in the data directory. */
    public static final String EMBEDDED_FILE_NAME = "opstracker.mv.db";

    private final Vendor vendor;
    private final int validationSeconds;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    /** Opens a pool with the {@linkplain PoolSettings#DEFAULT default settings} to the database at {@code jdbcUrl}. */
    public Database(String jdbcUrl, String user, String password) {
        this(jdbcUrl, user, password, PoolSettings.DEFAULT);
    }

    /**
     * Opens a pool to the database at {@code jdbcUrl}. The pool recovers by itself from an outage: a
     * connection found dead is dropped and new ones are opened as requests ask for them.
     *
     * @throws IllegalArgumentException when the URL is neither H2 nor MariaDB (the message names only
     *                                  the URL's scheme, never the rest of it)
     */
    public Database(String jdbcUrl, String user, String password, PoolSettings pool) {
        this.vendor = Vendor.ofUrl(jdbcUrl);
        requireNonNull(pool, "pool is null");
        this.validationSeconds = (int) Math.max(1, pool.validationTimeout().toSeconds());
        HikariConfig config = new HikariConfig();
        config.setPoolName("opstracker-" + vendor.id());
        config.setDriverClassName(vendor.driverClassName());
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(pool.maximumSize());
        config.setConnectionTimeout(pool.connectionTimeout().toMillis());
        config.setValidationTimeout(pool.validationTimeout().toMillis());
        config.setExceptionOverride(new DeadH2Connections(vendor));
        this.dataSource = new HikariDataSource(config);
        // jOOQ's execute logging prints statements with their bind values inlined: never for us.
        Settings settings = new Settings().withExecuteLogging(false).withFetchWarnings(false);
        this.dsl = DSL.using(DiskFullTranslation.wrap(dataSource, vendor, this::ranOutOfSpace), vendor.dialect(), settings);
        LOG.info("Opened a pool of up to {} connections to the {} database (waiting at most {} ms for one)", pool.maximumSize(), vendor.id(),
                pool.connectionTimeout().toMillis());
    }

    /** The embedded default: an H2 database in the file {@value #EMBEDDED_FILE_NAME} under {@code dataDirectory}. */
    public static Database embedded(Path dataDirectory) {
        return embedded(dataDirectory, PoolSettings.DEFAULT);
    }

    /** The embedded default with its pool set by {@code pool}. */
    public static Database embedded(Path dataDirectory, PoolSettings pool) {
        String url = embeddedUrl(dataDirectory);
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create the data directory " + dataDirectory, failure);
        }
        return new Database(url, "sa", "", pool);
    }

    /** The JDBC URL of the embedded H2 database under {@code dataDirectory}. */
    public static String embeddedUrl(Path dataDirectory) {
        requireNonNull(dataDirectory, "dataDirectory is null");
        String file = dataDirectory.toAbsolutePath().normalize().resolve("opstracker").toString();
        if (file.contains(";")) {
            throw new IllegalArgumentException("data directory '%s' contains ';', which a JDBC URL cannot hold".formatted(dataDirectory));
        }
        return "jdbc:h2:file:" + file + EMBEDDED_OPTIONS;
    }

    /**
     * Writes a consistent copy of the embedded H2 database to the zip file {@code zipFile}, while
     * the database stays open and in use: H2's {@code BACKUP TO} flushes the store and copies its file
     * with space reuse turned off, so the copy is the store as of that flush (transactions still open
     * then are rolled back when the copy is opened). The zip holds one entry, {@value #EMBEDDED_FILE_NAME}.
     *
     * @throws IllegalStateException for a MariaDB database, which its operator backs up with its own tools
     */
    public void backUpEmbeddedTo(Path zipFile) {
        requireNonNull(zipFile, "zipFile is null");
        if (vendor != Vendor.H2) {
            throw new IllegalStateException("only the embedded H2 database is backed up by OpsTracker; back up %s with its own tools".formatted(vendor.id()));
        }
        dsl.execute("BACKUP TO ?", zipFile.toAbsolutePath().toString());
    }

    /** The jOOQ context every store runs its statements through. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * H2 closes its database when a write to the file fails: the pooled connections are dead, and the
     * next ones open the database again from what the file holds, every answered commit included.
     */
    private void ranOutOfSpace(SQLException failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        LOG.warn("The {} database ran out of disk space and the change was rolled back (error {}: {})", vendor.id(), failure.getErrorCode(),
                innermost.getMessage());
        if (vendor == Vendor.H2) {
            dataSource.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /** Drops an H2 connection from the pool as soon as it reports its database closed or out of space, instead of lending it out again. */
    private static final class DeadH2Connections implements SQLExceptionOverride {
        private final Vendor vendor;

        DeadH2Connections(Vendor vendor) {
            this.vendor = vendor;
        }

        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException failure) {
            boolean dead = vendor == Vendor.H2 && (H2_CLOSED.contains(failure.getErrorCode()) || DiskFullErrors.diskFull(vendor, failure));
            return dead ? SQLExceptionOverride.Override.MUST_EVICT : SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }

    /** The connection pool, for tools that speak JDBC, such as {@link SchemaMigrator}. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** {@code h2} or {@code mariadb}. */
    public String kind() {
        return vendor.id();
    }

    Vendor vendor() {
        return vendor;
    }

    /** Whether a connection can be had within the pool's connection timeout and answers within a second or so; never throws. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(validationSeconds);
        } catch (SQLException | RuntimeException unreachable) {
            LOG.debug("The {} database is unreachable: {}", vendor.id(), unreachable.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
        LOG.info("Closed the pool to the {} database", vendor.id());
    }
}
