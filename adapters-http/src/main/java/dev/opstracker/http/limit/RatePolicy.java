package dev.opstracker.http.limit;

/**
 * A token bucket's shape: it holds at most {@code burst} requests and refills at {@code perSecond}. A caller idle
 * for {@code burst / perSecond} seconds may send {@code burst} requests at once, and then {@code perSecond} a second.
 *
 * @param perSecond requests a second in the long run, above 0
 * @param burst     requests that may come at once, at least 1
 */
public record RatePolicy(double perSecond, int burst) {

    public RatePolicy {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond %s is not a positive rate".formatted(perSecond));
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst %d is below 1".formatted(burst));
        }
    }

    /** Nanoseconds an empty bucket takes to fill again: after that long idle, a bucket is as good as new. */
    long nanosToFill() {
        return (long) Math.ceil(burst / perSecond * 1e9);
    }
}
