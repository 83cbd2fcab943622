package dev.opstracker.domain.alert;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Alerts for tests: a firing alertmanager alert, varied one field at a time. */
final class Alerts {

    static final Instant STARTED = Instant.parse("2026-11-20T10:00:00Z");

    private Alerts() {
    }

    static Alert firing(String key) {
        return alert(key, AlertStatus.FIRING, STARTED, null);
    }

    static Alert alert(String key, AlertStatus status, Instant startsAt, Instant endsAt) {
        return new Alert(AlertSource.ALERTMANAGER, "", key, key + "/" + startsAt + "/" + status, status, Severity.CRITICAL,
                "Disk almost full on node-7", new TreeMap<>(Map.of("alertname", "HighDiskUsage", "instance", "node-7:9100")),
                new TreeMap<>(Map.of("description", "97% used")), startsAt, endsAt, new TreeMap<>(Map.of("generator", "http://prom:9090/graph")),
                "{}:{alertname=\"HighDiskUsage\"}");
    }
}
