package dev.opstracker.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.opstracker.http.InMemoryApi;

/**
 * The HTTP API of a store this process opens itself, answering in memory with no port opened, and a local session
 * (an admin token never stored) for {@code operator}: how the command line works on its own data directory through
 * exactly the routes, checks and answers a client of a running server gets.
 */
public final class LocalApi implements AutoCloseable {

    private final OpsTracker opsTracker;
    private final InMemoryApi api;
    private final String bearer;

    private LocalApi(OpsTracker opsTracker, InMemoryApi api, String bearer) {
        this.opsTracker = opsTracker;
        this.api = api;
        this.bearer = bearer;
    }

    /** Opens (and migrates) the store {@code settings} name and starts its API in memory. */
    public static LocalApi open(Settings settings, String operator) {
        requireNonNull(operator, "operator is null");
        OpsTracker opened = OpsTracker.open(settings);
        try {
            InMemoryApi api = opened.apiServer().startInMemory();
            return new LocalApi(opened, api, opened.tokens().openLocalSession(operator));
        } catch (RuntimeException failure) {
            opened.close();
            throw failure;
        }
    }

    public InMemoryApi api() {
        return api;
    }

    /** The local session's secret, to send as {@code Authorization: Bearer <secret>}. */
    public String bearer() {
        return bearer;
    }

    /** The library over the same store, for what the API does not offer. */
    public OpsTracker opsTracker() {
        return opsTracker;
    }

    @Override
    public void close() {
        opsTracker.close();
    }
}
