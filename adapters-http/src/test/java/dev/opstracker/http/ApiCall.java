package dev.opstracker.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP request under construction, sent by {@link #send()}. */
public final class ApiCall {

    private final HttpClient client;
    private final URI uri;
    private final String method;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;
    private boolean chunked;

    ApiCall(HttpClient client, URI uri, String method) {
        this.client = client;
        this.uri = uri;
        this.method = method;
    }

    /** Sends {@code Authorization: Bearer <secret>}; null sends no Authorization header. */
    public ApiCall bearer(String secret) {
        if (secret == null) {
            headers.remove("Authorization");
            return this;
        }
        return header("Authorization", "Bearer " + secret);
    }

    public ApiCall header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ApiCall json(String json) {
        return body("application/json", json);
    }

    public ApiCall body(String contentType, String text) {
        if (contentType != null) {
            header("Content-Type", contentType);
        }
        this.body = text;
        return this;
    }

    /** Sends the body with chunked transfer encoding, so the server learns its length only by reading it. */
    public ApiCall chunked() {
        this.chunked = true;
        return this;
    }

    public ApiReply send() {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).method(method, publisher());
        headers.forEach(request::header);
        try {
            return new ApiReply(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + method + " " + uri, interrupted);
        }
    }

    private HttpRequest.BodyPublisher publisher() {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (chunked) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        }
        return HttpRequest.BodyPublishers.ofString(body);
    }
}
