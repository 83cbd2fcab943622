package dev.opstracker.http.limit;

import static java.util.Objects.requireNonNull;

import io.javalin.config.JettyConfig;
import java.util.function.BiFunction;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/** Puts the body and connection limits into Javalin's Jetty: the connector, its HTTP configuration and the handler chain. */
public final class JettyLimits {

    private JettyLimits() {
    }

    /**
     * Takes requests through the connector {@code listener} makes (a network one, or Jetty's in-memory one), with
     * {@code connection}'s timeouts and header limit, and counts body bytes against {@code bodies}.
     */
    public static void configure(JettyConfig jetty, BiFunction<Server, HttpConnectionFactory, AbstractConnector> listener, BodyLimits bodies,
            ConnectionLimits connection) {
        requireNonNull(listener, "listener is null");
        requireNonNull(bodies, "bodies is null");
        requireNonNull(connection, "connection is null");
        jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(connection.maxHeaderBytes());
            http.setIdleTimeout(connection.idleTimeout().toMillis());
        });
        jetty.addConnector((server, http) -> {
            AbstractConnector connector = listener.apply(server, new HttpConnectionFactory(http));
            connector.setIdleTimeout(connection.idleTimeout().toMillis());
            return connector;
        });
        jetty.modifyServer(server -> {
            server.insertHandler(new BodyLimitHandler(bodies));
            if (connection.minimumBodyBytesPerSecond() > 0) {
                // Checked on each read of the body; a failed read is answered 408 and the connection closed.
                server.insertHandler(new MinimumDataRateHandler(connection.minimumBodyBytesPerSecond(), 0));
            }
            server.addBean(new SlowHeaderGuard(server, connection.headerTimeout()));
        });
    }
}
