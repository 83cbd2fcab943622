package dev.opstracker.bootstrap.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A running OpsTracker server reached over HTTP(S) with a bearer token. */
public final class RemoteTransport implements ApiTransport {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofHours(1);

    private final URI server;
    private final String token;
    private final HttpClient client;

    public RemoteTransport(URI server, String token) {
        this.server = requireNonNull(server, "server is null");
        this.token = requireNonNull(token, "token is null");
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public ApiReply send(ApiCall call) {
        return exchange(call, request(call));
    }

    /** {@code call} as an HTTP request to this server, with its headers and the bearer token. */
    private HttpRequest request(ApiCall call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(call.target())).timeout(WAIT)
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(request::header);
        request.header("Authorization", "Bearer " + token);
        return request.build();
    }

    /** A response's headers as an {@link ApiReply} holds them: names in lower case, the first value of each. */
    private static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> first(values).ifPresent(value -> headers.put(name.toLowerCase(Locale.ROOT), value)));
        return headers;
    }

    private ApiReply exchange(ApiCall call, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new ApiReply(response.statusCode(), headers(response), response.body());
        } catch (ConnectException refused) {
            throw new CliFailure("cannot connect to %s: is the server running?".formatted(server), refused);
        } catch (HttpTimeoutException slow) {
            throw new CliFailure("%s did not answer %s %s in time".formatted(server, call.method(), call.target()), slow);
        } catch (IOException failure) {
            throw new CliFailure("%s %s on %s failed: %s".formatted(call.method(), call.target(), server, failure.getMessage()), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted while waiting for " + server, interrupted);
        }
    }

    /**
     * Posts a multipart form of a JSON {@code meta} part and the files {@code stdout} and {@code stderr} (each may be
     * null), streamed from disk as they are sent, and returns the created resource.
     */
    public JsonNode uploadRun(String target, JsonNode meta, Path stdout, Path stderr) {
        String boundary = "opstracker-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        parts.add(HttpRequest.BodyPublishers.ofString(partHeader(boundary, "meta", null, "application/json") + meta + "\r\n", StandardCharsets.UTF_8));
        for (Map.Entry<String, Path> output : outputs(stdout, stderr).entrySet()) {
            parts.add(HttpRequest.BodyPublishers.ofString(partHeader(boundary, output.getKey(), output.getKey() + ".bin", "application/octet-stream"),
                    StandardCharsets.UTF_8));
            try {
                parts.add(HttpRequest.BodyPublishers.ofFile(output.getValue()));
            } catch (FileNotFoundException gone) {
                throw new CliFailure("the captured %s is gone: %s".formatted(output.getKey(), output.getValue()), gone);
            }
            parts.add(HttpRequest.BodyPublishers.ofString("\r\n", StandardCharsets.UTF_8));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n", StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(resolve(target)).timeout(WAIT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))).build();
        ApiCall described = new ApiCall("POST", target, Map.of(), null);
        ApiReply reply = exchange(described, request);
        return Api.json(Api.ok(described, reply));
    }

    /**
     * Sends {@code call} and writes a successful answer's body to {@code target}, which must not exist yet: streamed to a
     * temporary file beside it and moved into place whole, so a failure never leaves part of a file there.
     *
     * @return the bytes written
     */
    public long download(ApiCall call, Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new CliFailure("%s exists already; name a new file".formatted(target));
        }
        Path partial;
        try {
            partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        } catch (IOException failure) {
            throw new CliFailure("cannot write beside %s: %s".formatted(target, failure.getMessage()), failure);
        }
        try {
            HttpResponse<Path> response = client.send(request(call), HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() < 200 || response.statusCode() >= 300) {
                throw Api.refusal(call, new ApiReply(response.statusCode(), headers(response), Files.readAllBytes(partial)));
            }
            long bytes = Files.size(partial);
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } catch (ConnectException refused) {
            throw new CliFailure("cannot connect to %s: is the server running?".formatted(server), refused);
        } catch (IOException failure) {
            throw new CliFailure("%s %s on %s failed: %s".formatted(call.method(), call.target(), server, failure.getMessage()), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted while waiting for " + server, interrupted);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // A partial file left behind is named as one and harms nothing.
            }
        }
    }

    private static Map<String, Path> outputs(Path stdout, Path stderr) {
        Map<String, Path> outputs = new LinkedHashMap<>();
        if (stdout != null) {
            outputs.put("stdout", stdout);
        }
        if (stderr != null) {
            outputs.put("stderr", stderr);
        }
        return outputs;
    }

    private static String partHeader(String boundary, String name, String filename, String contentType) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + (filename == null ? "" : "; filename=\"" + filename + "\"")
                + "\r\nContent-Type: " + contentType + "\r\n\r\n";
    }

    private URI resolve(String target) {
        String base = server.toString().endsWith("/") ? server.toString().substring(0, server.toString().length() - 1) : server.toString();
        return URI.create(base + target);
    }

    private static Optional<String> first(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public String describe() {
        return server.toString();
    }

    @Override
    public void close() {
        client.close();
    }
}
