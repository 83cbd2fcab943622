package dev.opstracker.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback TCP proxy in front of a database, which a test can {@link #cut()}: every connection
 * through it is closed and new ones are refused, as when the database stops or its network goes;
 * {@link #restore()} listens again on the same port. Plain sockets, one thread per direction.
 */
final class TcpProxy implements AutoCloseable {

    private static final Pattern JDBC_HOST_PORT = Pattern.compile("^(jdbc:[a-z]+://)([^/:?]+)(?::(\\d+))?(.*)$");

    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final int port;
    private volatile ServerSocket listening;

    private TcpProxy(InetSocketAddress target) {
        this.target = target;
        this.listening = bind(0);
        this.port = listening.getLocalPort();
        accept(listening);
    }

    /** A proxy to the host and port a {@code jdbc:mariadb://host[:port]/...} URL names. */
    static TcpProxy forJdbcUrl(String jdbcUrl) {
        Matcher matcher = matcher(jdbcUrl);
        int targetPort = matcher.group(3) == null ? 3306 : Integer.parseInt(matcher.group(3));
        return new TcpProxy(new InetSocketAddress(matcher.group(2), targetPort));
    }

    /** The same URL with the proxy in place of the database's host and port. */
    String through(String jdbcUrl) {
        Matcher matcher = matcher(jdbcUrl);
        return matcher.group(1) + "127.0.0.1:" + port + matcher.group(4);
    }

    private static Matcher matcher(String jdbcUrl) {
        Matcher matcher = JDBC_HOST_PORT.matcher(jdbcUrl);
        if (!matcher.matches()) {
            // The URL is not quoted: it may hold a password.
            throw new IllegalArgumentException("not a jdbc:<driver>://host[:port]/... URL");
        }
        return matcher;
    }

    /** Closes every connection through the proxy and refuses new ones until {@link #restore()}. */
    synchronized void cut() {
        closeQuietly(listening);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Accepts connections again, on the same port. */
    synchronized void restore() {
        if (!listening.isClosed()) {
            return;
        }
        listening = bind(port);
        accept(listening);
    }

    private static ServerSocket bind(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot listen on port " + port, failure);
        }
    }

    private void accept(ServerSocket server) {
        Thread.ofVirtual().name("proxy-accept").start(() -> {
            while (!server.isClosed()) {
                Socket client;
                try {
                    client = server.accept();
                } catch (IOException closed) {
                    return;
                }
                try {
                    Socket upstream = new Socket(target.getAddress(), target.getPort());
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException refused) {
                    closeQuietly(client);
                }
            }
        });
    }

    /** Copies one direction until either side ends, then closes both. */
    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().name("proxy-pump").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ended) {
                // One side closed or was cut: close both below.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing what may be closed already.
        }
    }

    @Override
    public synchronized void close() {
        cut();
    }
}
