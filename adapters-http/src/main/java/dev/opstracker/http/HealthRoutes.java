package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.domain.storage.StorageLevel;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: UP when the database answers and the local volumes have room; DEGRADED (still
 * 200) when a volume is past the warning or the critical storage level, saying why; DOWN (503) when the
 * database does not answer. Past the critical level the node still serves reads, alert intake and
 * timer stops, so it stays in a load balancer's rotation. Needs no token, so load balancers can call it;
 * volumes are named by what they hold, never by path.
 */
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
        StorageResponse storage = checkStorage();
        String status = !database.reachable() ? "DOWN" : storage.level().equals(StorageLevel.NORMAL.wireName()) ? "UP" : "DEGRADED";
        ctx.status(database.reachable() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .json(new HealthResponse(status, version, database.kind(), storage));
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

    /** Storage that cannot be measured is no reason to take the node out of rotation: it is reported unknown. */
    private StorageResponse checkStorage() {
        try {
            return StorageResponse.from(requireNonNull(probe.storage(), "the health probe answered no storage condition"));
        } catch (RuntimeException failure) {
            LOG.warn("Measuring the storage for /health failed", failure);
            return new StorageResponse("unknown", "the local volumes could not be measured", List.of());
        }
    }

    record HealthResponse(
            @JsonProperty("status") String status,
            @JsonProperty("version") String version,
            @JsonProperty("database") String database,
            @JsonProperty("storage") StorageResponse storage) {
    }

    record StorageResponse(
            @JsonProperty("level") String level,
            @JsonProperty("reason") String reason,
            @JsonProperty("volumes") List<VolumeResponse> volumes) {

        static StorageResponse from(StorageCondition condition) {
            return new StorageResponse(condition.level().wireName(), condition.reason(), condition.volumes().stream()
                    .map(reading -> new VolumeResponse(reading.space().role(), reading.level().wireName(), reading.space().usableBytes(),
                            reading.space().totalBytes()))
                    .toList());
        }
    }

    record VolumeResponse(
            @JsonProperty("holds") String holds,
            @JsonProperty("level") String level,
            @JsonProperty("freeBytes") long freeBytes,
            @JsonProperty("totalBytes") long totalBytes) {
    }
}
