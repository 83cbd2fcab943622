package dev.opstracker.http.alert;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.put;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.domain.alert.AlertRulesStore;
import dev.opstracker.http.security.BearerAuth;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.EntityTags;
import dev.opstracker.http.shared.JsonBodies;
import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * {@code GET /api/v1/alerts/rules} (alerts:read) and {@code PUT} (admin): the routes alert intake
 * follows, as the JSON document of the configuration file, with the version as ETag; a PUT with
 * {@code If-Match} replaces only that version. A replacement is recorded in the audit log as the calling token's.
 */
final class AlertRulesRoutes {

    private static final String PATH = "rules";

    private final AlertRouting routing;
    private final JsonBodies bodies;
    private final JsonAlertRules codec = new JsonAlertRules();

    AlertRulesRoutes(AlertRouting routing, ObjectMapper mapper) {
        this.routing = routing;
        this.bodies = new JsonBodies(mapper);
    }

    /** Declares the routes inside the alerts path. */
    void addEndpoints() {
        get(PATH, ctx -> respond(ctx, routing.current()), RequiredScope.ALERTS_READ);
        put(PATH, this::replace, RequiredScope.ADMIN);
    }

    private void replace(Context ctx) throws JsonProcessingException {
        RulesDocument document = bodies.read(ctx, RulesDocument.class);
        respond(ctx, routing.replace(BearerAuth.actor(ctx), codec.rules(document), EntityTags.optionalIfMatch(ctx)));
    }

    private void respond(Context ctx, AlertRulesStore.Versioned rules) {
        ctx.header(Header.ETAG, EntityTags.of(rules.version())).contentType("application/json").result(codec.write(rules.rules()));
    }
}
