package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.Scope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request refused before its body is read (as the HTTP fuzz run found, a 900 KB body sent to an
 * unknown task) still has its body read, so the client, which sends the whole body before it reads,
 * gets the answer and can send its next request on the same connection.
 */
class UnreadBodyTest {

    private final RunningApi api = RunningApi.start();
    private final String token = api.issueNamed("sender", Scope.values());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aLargeBodyRefusedBeforeItIsReadIsAnsweredAndTheConnectionStaysUsable() throws IOException {
        URI base = api.uri("/");
        byte[] large = ("{\"status\": \"" + "x".repeat(900_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write(request("/api/v1/tasks/abc/status", large));
            out.flush();
            String first = answer(in);
            out.write(request("/api/v1/tasks", "{\"title\": \"next\"}".getBytes(StandardCharsets.UTF_8)));
            out.flush();
            String second = answer(in);

            assertThat(first).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("connection: close");
            assertThat(second).startsWith("HTTP/1.1 201");
        }
    }

    private byte[] request(String path, byte[] body) {
        String head = "POST %s HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                .formatted(path, token, body.length);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(body);
        return request.toByteArray();
    }

    /** The status line and headers of one answer, with its body (of the length it declares) read past. */
    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the connection closed after: " + head.toString(StandardCharsets.US_ASCII));
            }
            head.write(next);
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        int length = headers.lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                .mapToInt(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).strip())).findFirst().orElse(0);
        in.readNBytes(length);
        return headers;
    }
}
