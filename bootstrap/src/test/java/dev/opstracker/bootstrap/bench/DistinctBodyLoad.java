package dev.opstracker.bootstrap.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * {@link KeepAliveLoad} with a different body per request: each sender holds one keep-alive
 * HTTP/1.1 connection (opening another when the server closes one) and posts the next body from a
 * shared counter, timing each request. Raw sockets rather than the JDK HttpClient, whose CPU cost
 * per request exceeds the server's on a two-core machine and would measure the client.
 */
final class DistinctBodyLoad {

    private final int port;
    private final String path;
    private final String token;

    DistinctBodyLoad(int port, String path, String token) {
        this.port = port;
        this.path = path;
        this.token = token;
    }

    /**
     * What one run saw.
     *
     * @param latencyNanos  per request, sorted; requests that failed on the socket are left out
     * @param statusCounts  requests by status class: 2, 4, 5, or 0 for a broken connection
     * @param firstFailures the first answer (status line and body) of each non-2xx status, for diagnosis
     * @param perSender     requests each sender completed, sorted: a wide spread means the server serves connections unfairly
     */
    record Result(long wallNanos, long[] latencyNanos, Map<Integer, Integer> statusCounts, Map<Integer, String> firstFailures, int[] perSender) {

        int count(int statusClass) {
            return statusCounts.getOrDefault(statusClass, 0);
        }

        double percentileMillis(double percentile) {
            if (latencyNanos.length == 0) {
                return Double.NaN;
            }
            int index = Math.max(0, (int) Math.ceil(latencyNanos.length * percentile) - 1);
            return latencyNanos[Math.min(index, latencyNanos.length - 1)] / 1e6;
        }
    }

    /** Posts {@code total} bodies, {@code body.apply(i)} for i = 0 .. total - 1, from {@code senders} concurrent connections. */
    Result run(int senders, int total, IntFunction<String> body) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        Map<Integer, Integer> counts = new ConcurrentHashMap<>();
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        int[] perSender = new int[senders];
        long start = System.nanoTime();
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                workers.add(pool.submit(() -> send(next, total, body, latencies, counts, failures)));
            }
            for (int i = 0; i < senders; i++) {
                perSender[i] = workers.get(i).get();
            }
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        long[] measured = Arrays.stream(latencies).filter(nanos -> nanos >= 0).sorted().toArray();
        Arrays.sort(perSender);
        return new Result(wall, measured, Map.copyOf(counts), Map.copyOf(failures), perSender);
    }

    /** Returns how many requests this sender completed. */
    private int send(AtomicInteger next, int total, IntFunction<String> body, long[] latencies, Map<Integer, Integer> counts,
            Map<Integer, String> failures) throws IOException {
        Socket socket = null;
        InputStream in = null;
        int completed = 0;
        try {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                byte[] request = request(body.apply(i));
                if (socket == null) {
                    socket = new Socket("127.0.0.1", port);
                    socket.setTcpNoDelay(true);
                    in = new BufferedInputStream(socket.getInputStream());
                }
                long before = System.nanoTime();
                Response response;
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(request);
                    out.flush();
                    response = Response.read(in);
                } catch (IOException broken) {
                    counts.merge(0, 1, Integer::sum);
                    failures.putIfAbsent(0, broken.toString());
                    socket.close();
                    socket = null;
                    continue;
                }
                latencies[i] = System.nanoTime() - before;
                completed++;
                counts.merge(response.status() / 100, 1, Integer::sum);
                if (response.status() / 100 != 2) {
                    failures.putIfAbsent(response.status(), response.status() + " " + response.body());
                }
                if (response.closes()) {
                    socket.close();
                    socket = null;
                }
            }
        } finally {
            if (socket != null) {
                socket.close();
            }
        }
        return completed;
    }

    private byte[] request(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** One response: a Content-Length or chunked body, read whole (they are small). */
    private record Response(int status, String body, boolean closes) {

        static Response read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = 0;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            byte[] body = chunked ? chunks(in) : in.readNBytes(length);
            return new Response(status, new String(body, StandardCharsets.UTF_8), closes);
        }

        private static byte[] chunks(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0; size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            while (!line(in).isEmpty()) {
                // Trailers, if any.
            }
            return body.toByteArray();
        }

        private static String line(InputStream in) throws IOException {
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
}
