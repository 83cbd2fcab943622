package dev.opstracker.http.limit;

/**
 * One caller's budget. Each method holds this bucket's own lock briefly and does no I/O, so callers with different
 * buckets never wait for each other.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final RatePolicy policy;
    private double tokens;
    private long updatedAt;
    private boolean refusing;

    TokenBucket(RatePolicy policy, long now) {
        this.policy = policy;
        this.tokens = policy.burst();
        this.updatedAt = now;
    }

    /** Takes one request's token at {@code now} (nanoseconds on a monotonic clock), or says how long until there is one. */
    synchronized Verdict take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            refusing = false;
            return Verdict.allowed((long) tokens);
        }
        boolean first = !refusing;
        refusing = true;
        double seconds = (1 - tokens) / policy.perSecond();
        return Verdict.refused(Math.max(1, (long) Math.ceil(seconds)), first);
    }

    /** Whether the bucket has filled up by {@code now}: forgetting it then changes nothing for its caller. */
    synchronized boolean isFullAt(long now) {
        return now - updatedAt >= policy.nanosToFill() || tokens >= policy.burst() && now >= updatedAt;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(policy.burst(), tokens + elapsed / NANOS_PER_SECOND * policy.perSecond());
            updatedAt = now;
        }
    }

    /**
     * What one request may do.
     *
     * @param retryAfterSeconds  for a refused request, whole seconds until a token is back (at least 1); 0 when allowed
     * @param remaining          whole tokens left after an allowed request
     * @param firstRefusal       whether this refusal is the first since the caller was last allowed (worth one log line)
     */
    record Verdict(boolean isAllowed, long retryAfterSeconds, long remaining, boolean firstRefusal) {

        static Verdict allowed(long remaining) {
            return new Verdict(true, 0, remaining, false);
        }

        static Verdict refused(long retryAfterSeconds, boolean first) {
            return new Verdict(false, retryAfterSeconds, 0, first);
        }
    }
}
