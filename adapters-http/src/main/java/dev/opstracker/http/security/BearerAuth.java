package dev.opstracker.http.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.security.TokenService;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.DomainException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs before every matched API route: the caller must present an active token
 * ({@code Authorization: Bearer <secret>}, RFC 6750) holding each {@link RequiredScope} of the
 * route. The secret is never logged nor echoed. A webhook whose source signs its deliveries may present a
 * signature instead: such a request is let through untouched, for its route to verify ({@link WebhookSignatures}).
 */
public final class BearerAuth implements Handler {

    private static final String TOKEN_ATTRIBUTE = "opstracker.token";
    private static final Pattern BEARER = Pattern.compile("Bearer +(\\S+) *", Pattern.CASE_INSENSITIVE);

    private final TokenService tokens;
    private final WebhookSignatures signatures;

    public BearerAuth(TokenService tokens, WebhookSignatures signatures) {
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.signatures = requireNonNull(signatures, "signatures is null");
    }

    @Override
    public void handle(Context ctx) {
        if (signatures.offeredBy(ctx)) {
            // The signature covers the body, which the route reads; it verifies there, before parsing anything.
            return;
        }
        ApiToken token = authenticate(ctx);
        ctx.attribute(TOKEN_ATTRIBUTE, token);
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof RequiredScope required && !token.grants(required.scope())) {
                throw insufficientScope(ctx, token, required.scope());
            }
        }
    }

    /** Whether the caller's token (already authenticated for this route) holds {@code scope}. */
    public static boolean callerMay(Context ctx, Scope scope) {
        ApiToken token = ctx.attribute(TOKEN_ATTRIBUTE);
        return token != null && token.grants(scope);
    }

    /**
     * The token that authenticated this request, whose name is who the caller is. Every route without a
     * signed-webhook role has one, since this filter refuses requests without it.
     *
     * @throws IllegalStateException when called on a request this filter did not authenticate by token (a wiring bug)
     */
    public static ApiToken caller(Context ctx) {
        ApiToken token = ctx.attribute(TOKEN_ATTRIBUTE);
        if (token == null) {
            throw new IllegalStateException("no token authenticated %s %s".formatted(ctx.method(), ctx.path()));
        }
        return token;
    }

    /** The token that authenticated this request, if a token did (a signed webhook delivery has none). */
    public static Optional<ApiToken> token(Context ctx) {
        return Optional.ofNullable(ctx.attribute(TOKEN_ATTRIBUTE));
    }

    /** Who the caller is for the audit log: the authenticating token's name and id (a local session's name alone). */
    public static Actor actor(Context ctx) {
        ApiToken token = caller(ctx);
        return token.isLocalSession() ? Actor.named(token.name()) : Actor.token(token.name(), token.id());
    }

    /** Whether this filter authenticated the request by a token (rather than leaving it to a webhook signature). */
    static boolean authenticatedByToken(Context ctx) {
        return ctx.attribute(TOKEN_ATTRIBUTE) != null;
    }

    /** Refuses the request unless the caller's token holds {@code scope}: for what a route does only on some requests. */
    public static void requireScope(Context ctx, Scope scope) {
        ApiToken token = ctx.attribute(TOKEN_ATTRIBUTE);
        if (token == null || !token.grants(scope)) {
            throw insufficientScope(ctx, token, scope);
        }
    }

    private ApiToken authenticate(Context ctx) {
        Optional<String> secret = secret(ctx.header(Header.AUTHORIZATION));
        if (secret.isEmpty()) {
            ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
            throw new UnauthorizedResponse("this route needs an 'Authorization: Bearer <token>' header");
        }
        return tokens.authenticate(secret.get()).orElseThrow(() -> {
            ctx.header(Header.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            return new UnauthorizedResponse("the bearer token is unknown, expired or revoked");
        });
    }

    private static Optional<String> secret(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher matcher = BEARER.matcher(authorization);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static DomainException.Forbidden insufficientScope(Context ctx, ApiToken token, Scope required) {
        ctx.header(Header.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"%s\"".formatted(required.wireName()));
        return new DomainException.Forbidden(required.wireName(),
                "token '%s' lacks the scope %s that this request needs".formatted(token == null ? "?" : token.name(), required.wireName()));
    }
}
