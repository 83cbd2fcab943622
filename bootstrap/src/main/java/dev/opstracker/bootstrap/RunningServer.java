package dev.opstracker.bootstrap;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpsTracker server: the HTTP API over an open store. Starting and stopping are serialised,
 * so a stop requested while the server is still starting (SIGTERM during a migration) waits for
 * the start to finish and then closes everything, rather than leaving the database open.
 */
public final class RunningServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);

    private final Settings settings;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private OpsTracker opsTracker;
    private Path alertRulesFile;
    private int port;
    private boolean closed;

    private RunningServer(Settings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** A server not started yet: register {@link #close()} as a shutdown hook, then {@link #serve()}. */
    public static RunningServer prepare(Settings settings) {
        return new RunningServer(settings);
    }

    /** Loads the alert rules from {@code file} when serving starts (before the first request). */
    public synchronized RunningServer withAlertRules(Path file) {
        this.alertRulesFile = requireNonNull(file, "file is null");
        return this;
    }

    /** Prepares and serves in one step. */
    public static RunningServer start(Settings settings) {
        RunningServer server = prepare(settings);
        server.serve();
        return server;
    }

    /**
     * Opens the store (migrating it), makes sure an admin token exists, and starts listening.
     *
     * @throws IllegalStateException when the server was closed before it started
     */
    public synchronized void serve() {
        if (closed) {
            throw new IllegalStateException("the server was stopped before it started");
        }
        if (opsTracker != null) {
            throw new IllegalStateException("the server is already serving");
        }
        OpsTracker opened = OpsTracker.open(settings);
        try {
            AdminTokenSetup.ensure(opened.tokens(), settings);
            if (alertRulesFile != null) {
                AlertRulesFile.load(alertRulesFile, opened);
            }
            port = opened.apiServer().start();
        } catch (RuntimeException failure) {
            opened.close();
            throw failure;
        }
        opsTracker = opened;
        LOG.info("OpsTracker {} serving from the {} database", Version.current(), opened.databaseKind());
        SuspiciousTimers.report(opened.time());
    }

    /** The port the server listens on (useful when started on port 0). */
    public synchronized int port() {
        return port;
    }

    /** Blocks until {@link #close()} was called, e.g. by the shutdown hook on SIGTERM. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops accepting requests, lets in-flight ones finish, then closes the store. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (opsTracker != null) {
                LOG.info("Stopping OpsTracker");
                opsTracker.close();
                LOG.info("OpsTracker stopped");
            }
        } finally {
            stopped.countDown();
        }
    }
}
