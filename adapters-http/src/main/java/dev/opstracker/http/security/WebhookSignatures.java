package dev.opstracker.http.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.security.SignatureCheck;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed webhooks as the alternative to a bearer token. {@link BearerAuth} lets a request through untouched
 * when its route is a {@link SignedWebhook} whose source has signing configured and the request carries that
 * scheme's signature header; the route then reads the exact body and calls {@link #authenticate} before parsing.
 * Every refusal is the same 401, so a caller cannot learn which check failed; the log says which.
 */
public final class WebhookSignatures {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSignatures.class);
    private static final String CLAIM_ATTRIBUTE = "opstracker.webhook-claim";

    private final WebhookSigning signing;
    private final InstantSource clock;
    private final ReplayGuard replays;

    public WebhookSignatures(WebhookSigning signing, InstantSource clock) {
        this(signing, clock, new ReplayGuard(ReplayGuard.DEFAULT_CAPACITY));
    }

    WebhookSignatures(WebhookSigning signing, InstantSource clock, ReplayGuard replays) {
        this.signing = requireNonNull(signing, "signing is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.replays = requireNonNull(replays, "replays is null");
    }

    /** No source signs: every webhook needs a bearer token. */
    public static WebhookSignatures none() {
        return new WebhookSignatures(WebhookSigning.none(), InstantSource.system());
    }

    /** Whether the matched route accepts a signature for its source and the request offers one. */
    boolean offeredBy(Context ctx) {
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof SignedWebhook signed
                    && signing.forSource(signed.source()).map(scheme -> scheme.offeredBy(ctx)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passes a request that {@link BearerAuth} authenticated by token; otherwise verifies the signature over
     * {@code body}, the bytes exactly as received, and claims the delivery id so that a replay is refused.
     * Call {@link #release} if the delivery is then not stored, so that the sender's retry is not taken for a replay.
     *
     * @throws UnauthorizedResponse when neither a token nor a valid, unused signature authenticates the request
     */
    public void authenticate(Context ctx, AlertSource source, byte[] body) {
        if (BearerAuth.authenticatedByToken(ctx)) {
            return;
        }
        // Reached only when BearerAuth saw a signature offered, so the scheme exists; refusing keeps this fail-closed.
        SourceSigning scheme = signing.forSource(source).orElseThrow(() -> refused(ctx));
        Instant now = clock.instant();
        SignatureCheck check = scheme.check(ctx, body, now);
        if (check != SignatureCheck.VALID) {
            LOG.warn("Refused a {} delivery: its {} signature check found {}", source.wireName(), scheme.scheme(), check);
            throw refused(ctx);
        }
        Optional<SourceSigning.SingleUse> singleUse = scheme.singleUse(ctx);
        if (singleUse.isPresent()) {
            String key = source.wireName() + " " + singleUse.get().id();
            if (!replays.claim(key, singleUse.get().until(), now)) {
                LOG.warn("Refused a {} delivery: webhook-id {} was accepted already", source.wireName(), singleUse.get().id());
                throw refused(ctx);
            }
            ctx.attribute(CLAIM_ATTRIBUTE, key);
        }
    }

    /** Gives back the delivery id {@link #authenticate} claimed, for a delivery that was not stored. */
    public void release(Context ctx) {
        String key = ctx.attribute(CLAIM_ATTRIBUTE);
        if (key != null) {
            replays.release(key);
        }
    }

    private static UnauthorizedResponse refused(Context ctx) {
        ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
        return new UnauthorizedResponse("the request is authenticated neither by a valid webhook signature nor by a bearer token");
    }
}
