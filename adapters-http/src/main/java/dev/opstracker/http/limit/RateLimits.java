package dev.opstracker.http.limit;

import static java.util.Objects.requireNonNull;

/**
 * How fast callers may send requests. Every token has a bucket of {@code api} for the API; the alert webhooks have
 * buckets of their own, of {@code alerts}, per token (or per source, for a signed delivery), so that an alert storm
 * neither spends a person's budget nor is refused like a person: past it a webhook is answered 503 with Retry-After,
 * which alert senders retry, and never 429, which Alertmanager drops.
 */
public record RateLimits(RatePolicy api, RatePolicy alerts) {

    /** 20 requests a second with bursts of 100 for the API. */
    public static final RatePolicy DEFAULT_API = new RatePolicy(20, 100);
    /** Far above any ordinary storm: Alertmanager sends one request per group and interval, and storms are folded into tasks. */
    public static final RatePolicy DEFAULT_ALERTS = new RatePolicy(200, 2_000);
    public static final RateLimits DEFAULT = new RateLimits(DEFAULT_API, DEFAULT_ALERTS);

    public RateLimits {
        requireNonNull(api, "api is null");
        requireNonNull(alerts, "alerts is null");
    }

    public RateLimits withApi(RatePolicy value) {
        return new RateLimits(value, alerts);
    }

    public RateLimits withAlerts(RatePolicy value) {
        return new RateLimits(api, value);
    }
}
