package dev.opstracker.http.limit;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The buckets of one policy, one per caller key, created on a caller's first request. A bucket that has filled up
 * again is forgotten on the next sweep (at most one a fill time), so the map holds only callers active in the last
 * two fill times, however many tokens or sources there are. Lock-free but for each bucket's own lock.
 */
final class Buckets {

    private final RatePolicy policy;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    Buckets(RatePolicy policy, LongSupplier nanoTime) {
        this.policy = requireNonNull(policy, "policy is null");
        this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
        this.nextSweep = new AtomicLong(nanoTime.getAsLong() + policy.nanosToFill());
    }

    /** Takes a token from {@code key}'s bucket. */
    TokenBucket.Verdict take(String key) {
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        return buckets.computeIfAbsent(key, absent -> new TokenBucket(policy, now)).take(now);
    }

    RatePolicy policy() {
        return policy;
    }

    /** How many callers have a bucket now. */
    int size() {
        return buckets.size();
    }

    /** One thread sweeps; the others go on. A bucket in use when swept loses at most the request in flight. */
    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now - due >= 0 && nextSweep.compareAndSet(due, now + policy.nanosToFill())) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
    }
}
