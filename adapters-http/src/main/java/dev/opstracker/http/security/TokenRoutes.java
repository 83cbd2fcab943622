package dev.opstracker.http.security;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.security.IssuedToken;
import dev.opstracker.application.security.TokenService;
import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.shared.ItemsResponse;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.QueryParameters;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.time.InstantSource;
import java.util.Set;

/**
 * Token management, all {@code admin}; each change is recorded in the audit log with the calling token as the actor.
 * <ul>
 *   <li>{@code POST /api/v1/tokens} {@code {"name", "scopes": [...], "client"?, "expiresAt"?}}: 201 with the token and its
 *       {@code secret}, shown this once (never stored, never shown again; {@code Cache-Control: no-store}); 400 naming the
 *       field and value for a bad name, scope, client or an expiry not in the future.</li>
 *   <li>{@code GET /api/v1/tokens}: {@code {"items": [...]}} oldest first, revoked and expired ones included, without secrets.</li>
 *   <li>{@code GET /api/v1/tokens/{id}}: one token, 404 when unknown.</li>
 *   <li>{@code DELETE /api/v1/tokens/{id}}: 200 with the revoked token. Idempotent: revoking a revoked token answers it
 *       unchanged. 404 when unknown; 409 (reason {@code own-token}) for the token making the request, so an admin
 *       never locks themselves out: revoke it with another admin token.</li>
 * </ul>
 * Public only so that the server in the parent package can mount it.
 */
public final class TokenRoutes {

    static final String PATH = "/api/v1/tokens";

    private final TokenService tokens;
    private final InstantSource clock;
    private final JsonBodies bodies;

    public TokenRoutes(TokenService tokens, InstantSource clock, ObjectMapper mapper) {
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(PATH, () -> {
            post(this::create, RequiredScope.ADMIN);
            get(this::list, RequiredScope.ADMIN);
            path("{id}", () -> {
                get(ctx -> respond(ctx, tokens.get(id(ctx))), RequiredScope.ADMIN);
                delete(ctx -> respond(ctx, tokens.revoke(BearerAuth.actor(ctx), id(ctx))), RequiredScope.ADMIN);
            });
        });
    }

    private void create(Context ctx) throws JsonProcessingException {
        CreateTokenRequest request = bodies.read(ctx, CreateTokenRequest.class);
        IssuedToken issued = tokens.issue(BearerAuth.actor(ctx), request.name(), request.scopeSet(), request.clientCode(), request.expiry());
        ctx.status(HttpStatus.CREATED)
                .header(Header.LOCATION, PATH + "/" + issued.token().id())
                .header(Header.CACHE_CONTROL, "no-store")
                .json(TokenResponse.Created.from(TokenResponse.from(issued.token(), clock.instant()), issued.secret()));
    }

    private void list(Context ctx) {
        QueryParameters.only(ctx.queryParamMap(), Set.of());
        ctx.json(new ItemsResponse<>(tokens.list().stream().map(token -> TokenResponse.from(token, clock.instant())).toList()));
    }

    private void respond(Context ctx, ApiToken token) {
        ctx.json(TokenResponse.from(token, clock.instant()));
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // Refused below, with the same words as a number out of range.
        }
        throw new DomainException.InvalidInput("id", text, "a token id is a positive whole number");
    }
}
