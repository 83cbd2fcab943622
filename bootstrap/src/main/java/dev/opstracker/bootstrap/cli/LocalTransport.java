package dev.opstracker.bootstrap.cli;

import static java.util.Objects.requireNonNull;

import dev.opstracker.bootstrap.LocalApi;
import dev.opstracker.bootstrap.OpsTracker;
import dev.opstracker.http.InMemoryApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API of this process's own store, answering in memory ({@link LocalApi}), as the operator's local session. */
public final class LocalTransport implements ApiTransport {

    /** Long enough for the longest work a command asks for: an export or runbook generation over years of data. */
    private static final Duration WAIT = Duration.ofHours(1);

    private final LocalApi local;
    private final Path dataDirectory;

    public LocalTransport(LocalApi local, Path dataDirectory) {
        this.local = requireNonNull(local, "local is null");
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory is null");
    }

    @Override
    public ApiReply send(ApiCall call) {
        Map<String, String> headers = new LinkedHashMap<>(call.headers());
        headers.put("Authorization", "Bearer " + local.bearer());
        InMemoryApi.Response response = local.api().exchange(call.method(), call.target(), headers, call.body(), WAIT);
        return new ApiReply(response.status(), response.headers(), response.body());
    }

    /** The library over the same store, for what goes better around the API than through it (a run's outputs, streamed). */
    public OpsTracker library() {
        return local.opsTracker();
    }

    @Override
    public String describe() {
        return dataDirectory.toString();
    }

    @Override
    public void close() {
        local.close();
    }
}
