package dev.opstracker.http.limit;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections whose request line and headers have not arrived whole within the header timeout of their first
 * byte. The idle timeout alone cannot do it: a slowloris client sends a byte every few seconds and is never idle.
 * Jetty 12 has no such timeout (its minimum request data rate setting is no longer read), so a sweep looks at each
 * HTTP/1 connection's parser a few times per timeout. The parser is read from another thread without a lock: a stale
 * state only delays the close by one sweep.
 */
final class SlowHeaderGuard extends AbstractLifeCycle {

    private static final Logger LOG = LoggerFactory.getLogger(SlowHeaderGuard.class);
    private static final long SWEEPS_PER_TIMEOUT = 4;

    private final Server server;
    private final long timeoutNanos;
    private final long periodNanos;
    private final Map<EndPoint, Long> receivingSince = new ConcurrentHashMap<>();
    private volatile Scheduler.Task next;

    SlowHeaderGuard(Server server, Duration timeout) {
        this.server = server;
        this.timeoutNanos = timeout.toNanos();
        this.periodNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(50), timeoutNanos / SWEEPS_PER_TIMEOUT);
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
        receivingSince.clear();
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            next = server.getScheduler().schedule(this::sweep, periodNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            Set<EndPoint> receiving = new HashSet<>();
            for (Connector connector : server.getConnectors()) {
                for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                    if (endPoint.getConnection() instanceof HttpConnection http && receivingHeaders(http.getParser())) {
                        receiving.add(endPoint);
                        long since = receivingSince.computeIfAbsent(endPoint, first -> now);
                        if (now - since > timeoutNanos) {
                            LOG.info("Closed the connection from {}: its request headers took longer than {} ms to arrive", endPoint.getRemoteSocketAddress(),
                                    TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
                            endPoint.close();
                        }
                    }
                }
            }
            receivingSince.keySet().retainAll(receiving);
        } finally {
            schedule();
        }
    }

    /** Past the first byte of a request and before its body: START is an idle keep-alive connection, which the idle timeout covers. */
    private static boolean receivingHeaders(HttpParser parser) {
        return !parser.isStart() && parser.inHeaderState();
    }
}
