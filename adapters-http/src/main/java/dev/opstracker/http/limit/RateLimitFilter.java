package dev.opstracker.http.limit;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.http.security.BearerAuth;
import dev.opstracker.http.security.SignedWebhook;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.TooManyRequestsResponse;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs after {@link BearerAuth} on every matched API route and spends one token of the caller's bucket. An API
 * caller past its budget gets 429 with Retry-After; an alert webhook past its own, far larger budget gets 503 with
 * Retry-After, since alert senders retry a 5xx and drop a 4xx. Buckets are keyed by token id (a signed delivery,
 * which has no token, by its source); the secret is never seen here. Requests outside the API ({@code /health}) are
 * not limited.
 */
public final class RateLimitFilter implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);

    private final Buckets api;
    private final Buckets alerts;

    public RateLimitFilter(RateLimits limits) {
        this(limits, System::nanoTime);
    }

    RateLimitFilter(RateLimits limits, LongSupplier nanoTime) {
        requireNonNull(limits, "limits is null");
        this.api = new Buckets(limits.api(), nanoTime);
        this.alerts = new Buckets(limits.alerts(), nanoTime);
    }

    @Override
    public void handle(Context ctx) {
        Optional<SignedWebhook> webhook = ctx.routeRoles().stream().filter(SignedWebhook.class::isInstance).map(SignedWebhook.class::cast).findFirst();
        Optional<ApiToken> token = BearerAuth.token(ctx);
        String caller = token.map(RateLimitFilter::describe).orElseGet(() -> webhook.map(signed -> "signed " + signed.source().wireName() + " deliveries")
                .orElse("an unauthenticated caller"));
        String key = token.map(found -> "token:" + found.id()).orElseGet(() -> "source:" + webhook.map(signed -> signed.source().wireName()).orElse("-"));
        Buckets buckets = webhook.isPresent() ? alerts : api;
        TokenBucket.Verdict verdict = buckets.take(key);
        if (verdict.isAllowed()) {
            return;
        }
        if (verdict.firstRefusal()) {
            LOG.warn("Rate limit reached by {} on {} {} ({} requests a second, bursts of {}); answering {} until it slows down", caller, ctx.method(),
                    ctx.path(), buckets.policy().perSecond(), buckets.policy().burst(), webhook.isPresent() ? 503 : 429);
        }
        ctx.header(Header.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        throw refusal(webhook.isPresent(), buckets.policy(), verdict.retryAfterSeconds());
    }

    private static HttpResponseException refusal(boolean webhook, RatePolicy policy, long retryAfterSeconds) {
        if (webhook) {
            return new ServiceUnavailableResponse(("alerts are arriving faster than %s deliveries a second (bursts of %d) from this sender; nothing of "
                    + "this delivery was kept: send it again in %d seconds").formatted(rate(policy), policy.burst(), retryAfterSeconds));
        }
        return new TooManyRequestsResponse("this token may send %s requests a second (bursts of %d); try again in %d seconds"
                .formatted(rate(policy), policy.burst(), retryAfterSeconds));
    }

    private static String rate(RatePolicy policy) {
        return policy.perSecond() == Math.rint(policy.perSecond()) ? Long.toString((long) policy.perSecond()) : Double.toString(policy.perSecond());
    }

    /** A token is named by its name and id, never by its secret. */
    private static String describe(ApiToken token) {
        return "token '%s' (id %d)".formatted(token.name(), token.id());
    }
}
