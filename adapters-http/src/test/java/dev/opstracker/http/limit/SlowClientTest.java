package dev.opstracker.http.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.RunningApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real sockets against short limits: one second idle and header timeouts, 1 KiB/s minimum body rate, 2 KiB of headers. */
class SlowClientTest {

    private static final ConnectionLimits SHORT = new ConnectionLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), 1_024, 2_048);
    private static final Duration BOUND = Duration.ofSeconds(4);
    private static final long TRICKLE_MILLIS = 250;

    private final RunningApi api = RunningApi.startWith(RunningApi.defaultSettings().withConnectionLimits(SHORT), RunningApi.HEALTHY_H2,
            new InMemoryTaskStore());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aClientTricklingItsHeadersIsDisconnectedAfterTheHeaderTimeoutThoughNeverIdle() throws IOException {
        try (Socket socket = connect()) {
            long started = System.nanoTime();
            send(socket, "GET /health HTTP/1.1\r\nHost: localhost\r\n");
            boolean closed = false;
            for (int line = 0; line < 100 && !closed; line++) {
                try {
                    send(socket, "X-Slow-" + line + ": a\r\n");
                    closed = closedWithin(socket, TRICKLE_MILLIS);
                } catch (IOException reset) {
                    closed = true;
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(closed).isTrue();
            assertThat(took).isBetween(Duration.ofMillis(900), BOUND);
        }
    }

    @Test
    void aClientTricklingItsBodyIsAnswered408AndDisconnected() throws IOException {
        String token = api.issue(Scope.TASKS_WRITE);
        try (Socket socket = connect()) {
            long started = System.nanoTime();
            send(socket, "POST /api/v1/tasks HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{");
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            boolean closed = false;
            for (int written = 0; written < 100 && !closed; written++) {
                try {
                    send(socket, " ");
                    closed = closedWithin(socket, TRICKLE_MILLIS, answer);
                } catch (IOException reset) {
                    closed = true;
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(closed).isTrue();
            assertThat(took).isLessThan(BOUND);
            assertThat(answer.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 408").contains("Connection: close");
        }
    }

    @Test
    void anIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            assertThat(closedWithin(socket, 500, answer)).as("kept alive after the answer").isFalse();
            assertThat(answer.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200");
            long idleSince = System.nanoTime();

            boolean closed = closedWithin(socket, BOUND.toMillis());
            Duration idle = Duration.ofNanos(System.nanoTime() - idleSince);

            assertThat(closed).isTrue();
            assertThat(idle).isBetween(Duration.ofMillis(300), BOUND);
        }
    }

    @Test
    void headersOverTheLimitAreAnswered431() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(4_000) + "\r\n\r\n");
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            closedWithin(socket, BOUND.toMillis(), answer);

            assertThat(answer.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 431");
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(api.uri("/").getHost(), api.uri("/").getPort());
        socket.setTcpNoDelay(true);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static boolean closedWithin(Socket socket, long millis) throws IOException {
        return closedWithin(socket, millis, new ByteArrayOutputStream());
    }

    /** Reads what the server sends for up to {@code millis}; true when it closed the connection meanwhile. */
    private static boolean closedWithin(Socket socket, long millis, ByteArrayOutputStream received) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4_096];
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            try {
                int read = in.read(buffer);
                if (read < 0) {
                    return true;
                }
                received.write(buffer, 0, read);
            } catch (SocketTimeoutException quiet) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }
}
