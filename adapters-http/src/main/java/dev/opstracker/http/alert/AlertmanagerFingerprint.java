package dev.opstracker.http.alert;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprint Alertmanager gives an alert: FNV-1a (64 bit) over the label names in order, each
 * name and value followed by the byte 0xFF, as 16 lowercase hex digits (Prometheus
 * {@code model.labelSetToFingerprint}). Used when a payload carries no fingerprint, so such an alert
 * still gets the key Alertmanager would have sent.
 */
final class AlertmanagerFingerprint {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    // 0xFF never occurs in UTF-8, so "a"="bc" and "ab"="c" cannot hash alike.
    private static final int SEPARATOR = 0xff;

    private AlertmanagerFingerprint() {
    }

    static String of(Map<String, String> labels) {
        long hash = OFFSET_BASIS;
        // Label names are ASCII in Prometheus, so String order is Go's byte order.
        for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
            hash = add(hash, label.getKey());
            hash = add(hash, label.getValue());
        }
        return "%016x".formatted(hash);
    }

    private static long add(long hash, String text) {
        long result = hash;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            result = (result ^ (b & 0xff)) * PRIME;
        }
        return (result ^ SEPARATOR) * PRIME;
    }
}
