package dev.opstracker.http.security;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Delivery ids seen by this process, each kept only until its signature would be stale anyway, and at most
 * {@code capacity} of them. Per process is enough: the intake deduplicates alerts by their event key in the
 * shared database, so a replay that reaches another node (or outlives an eviction) changes no task; this guard
 * only spares the work and keeps a captured request from being accepted twice here.
 */
final class ReplayGuard {

    static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final Map<String, Instant> claimed = new LinkedHashMap<>();

    ReplayGuard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity %d is below 1".formatted(capacity));
        }
        this.capacity = capacity;
    }

    /** Claims {@code key} until {@code until}; false when it is claimed already and not expired. */
    synchronized boolean claim(String key, Instant until, Instant now) {
        Instant held = claimed.get(key);
        if (held != null && held.isAfter(now)) {
            return false;
        }
        claimed.remove(key);
        if (claimed.size() >= capacity) {
            makeRoom(now);
        }
        claimed.put(key, until);
        return true;
    }

    /** Gives a claim back, so that the sender may deliver under the same id again (after a failure on our side). */
    synchronized void release(String key) {
        claimed.remove(key);
    }

    synchronized int size() {
        return claimed.size();
    }

    /** Drops expired ids; if none had expired, the oldest claim goes (a flood needs valid signatures, so is unlikely). */
    private void makeRoom(Instant now) {
        claimed.values().removeIf(until -> !until.isAfter(now));
        Iterator<String> oldest = claimed.keySet().iterator();
        if (claimed.size() >= capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
