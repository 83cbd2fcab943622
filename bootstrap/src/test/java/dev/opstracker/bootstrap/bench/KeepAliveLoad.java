package dev.opstracker.bootstrap.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load generator in the manner of wrk: each client holds one keep-alive HTTP/1.1 connection and
 * sends the same request back to back. It does the least work a client can, so the figures
 * measure the server rather than the client (the JDK HttpClient costs more CPU per request than
 * the server on a two-core machine).
 */
final class KeepAliveLoad {

    private final int port;
    private final byte[] request;

    KeepAliveLoad(int port, String method, String path, String token, String jsonBody) {
        this.port = port;
        byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        this.request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
    }

    /**
     * Sends {@code total} requests over {@code clients} connections.
     *
     * @return how many answers did not have {@code expectedStatus}
     */
    int run(int clients, int total, int expectedStatus) throws Exception {
        AtomicInteger remaining = new AtomicInteger(total);
        AtomicInteger unexpected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    try (Socket socket = new Socket("127.0.0.1", port)) {
                        socket.setTcpNoDelay(true);
                        OutputStream out = socket.getOutputStream();
                        InputStream in = new BufferedInputStream(socket.getInputStream());
                        while (remaining.getAndDecrement() > 0) {
                            out.write(request);
                            out.flush();
                            if (readResponse(in) != expectedStatus) {
                                unexpected.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return unexpected.get();
    }

    /** Reads one response with a Content-Length body and returns its status code. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = readLine(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int contentLength = 0;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                contentLength = Integer.parseInt(line.substring(15).strip());
            }
        }
        in.skipNBytes(contentLength);
        return status;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("the server closed the connection");
            }
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }
}
