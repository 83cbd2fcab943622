package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.LocalConnector;

/**
 * The API answering requests passed in memory ({@link ApiServer#startInMemory()}): each exchange is a whole HTTP/1.1
 * request and response, parsed and checked by the same server code as one from the network, with no port opened.
 */
public final class InMemoryApi {

    /** Requests carry this Host header; it names no machine. */
    public static final String HOST = "opstracker.in-memory";

    private final LocalConnector connector;

    InMemoryApi(LocalConnector connector) {
        this.connector = requireNonNull(connector, "connector is null: the server did not start in memory");
    }

    /** A response: its status, its headers (names in lower case, the first value of each), and its whole body. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public Response {
            headers = Map.copyOf(headers);
            body = body.clone();
        }

        /** The first value of header {@code name} (any case), or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /**
     * Sends one request and waits up to {@code timeout} for its whole response.
     *
     * @param target  the path with its query string, such as {@code /api/v1/tasks?status=OPEN}
     * @param headers request headers; Host, Content-Length and Connection are set here
     * @param body    the request body, or null for none
     * @throws IllegalStateException when no complete response came within {@code timeout}
     */
    public Response exchange(String method, String target, Map<String, String> headers, byte[] body, Duration timeout) {
        HttpTester.Request request = HttpTester.newRequest();
        request.setMethod(requireNonNull(method, "method is null"));
        request.setURI(requireNonNull(target, "target is null"));
        request.setVersion(HttpVersion.HTTP_1_1);
        request.put("Host", HOST);
        headers.forEach(request::put);
        request.put("Connection", "close");
        if (body != null) {
            request.setContent(ByteBuffer.wrap(body));
        }
        ByteBuffer raw;
        try {
            raw = connector.getResponse(request.generate(), timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception failure) {
            throw new IllegalStateException("the in-memory API failed to answer " + method + " " + target, failure);
        }
        HttpTester.Response response = raw == null ? null : HttpTester.parseResponse(raw);
        if (response == null || !response.isComplete()) {
            throw new IllegalStateException("the in-memory API gave no complete answer to %s %s within %s".formatted(method, target, timeout));
        }
        Map<String, String> answered = new LinkedHashMap<>();
        for (HttpField field : response) {
            answered.putIfAbsent(field.getLowerCaseName(), field.getValue());
        }
        byte[] content = response.getContentBytes();
        return new Response(response.getStatus(), answered, content == null ? new byte[0] : content);
    }
}
