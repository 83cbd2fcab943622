package dev.opstracker.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.opstracker.http.ApiServer;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started OpsTracker server: the HTTP API over an open store. Closing stops both, once. */
public final class RunningServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);

    private final OpsTracker opsTracker;
    private final ApiServer apiServer;
    private final int port;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean closed;

    private RunningServer(OpsTracker opsTracker, ApiServer apiServer, int port) {
        this.opsTracker = requireNonNull(opsTracker, "opsTracker is null");
        this.apiServer = requireNonNull(apiServer, "apiServer is null");
        this.port = port;
    }

    /** Opens the store (migrating it), makes sure an admin token exists, and starts listening. */
    public static RunningServer start(Settings settings) {
        OpsTracker opsTracker = OpsTracker.open(settings);
        try {
            AdminTokenSetup.ensure(opsTracker.tokens(), settings);
            ApiServer apiServer = opsTracker.apiServer();
            int port = apiServer.start();
            LOG.info("OpsTracker {} serving from the {} database", Version.current(), opsTracker.databaseKind());
            return new RunningServer(opsTracker, apiServer, port);
        } catch (RuntimeException failure) {
            opsTracker.close();
            throw failure;
        }
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        return port;
    }

    /** Blocks until {@link #close()} was called, e.g. by the shutdown hook on SIGTERM. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops accepting requests, lets in-flight ones finish, then closes the store. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping OpsTracker");
        try {
            apiServer.close();
        } finally {
            opsTracker.close();
            stopped.countDown();
        }
        LOG.info("OpsTracker stopped");
    }
}
