package dev.opstracker.bootstrap.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(call.target())).timeout(WAIT)
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(request::header);
        request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> first(values).ifPresent(value -> headers.put(name.toLowerCase(Locale.ROOT), value)));
            return new ApiReply(response.statusCode(), headers, response.body());
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
