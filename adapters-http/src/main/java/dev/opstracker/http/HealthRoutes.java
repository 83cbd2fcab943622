package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: up when the database answers. Needs no token, so load balancers can call it. */
final class HealthRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);
    private static final String UNKNOWN_DATABASE = "unknown";

    private final HealthProbe probe;
    private final String version;

    HealthRoutes(HealthProbe probe, String version) {
        this.probe = requireNonNull(probe, "probe is null");
        this.version = requireNonNull(version, "version is null");
    }

    void health(Context ctx) {
        HealthProbe.DatabaseHealth database = checkDatabase();
        boolean up = database.reachable();
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .json(new HealthResponse(up ? "UP" : "DOWN", version, database.kind()));
    }

    /** A probe that throws means a database we cannot reach: report DOWN, never a 500. */
    private HealthProbe.DatabaseHealth checkDatabase() {
        try {
            return requireNonNull(probe.check(), "the health probe answered null");
        } catch (RuntimeException failure) {
            LOG.warn("Health probe failed", failure);
            return new HealthProbe.DatabaseHealth(UNKNOWN_DATABASE, false);
        }
    }

    record HealthResponse(
            @JsonProperty("status") String status,
            @JsonProperty("version") String version,
            @JsonProperty("database") String database) {
    }
}
