package dev.opstracker.http.infra;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.put;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.infra.InfrastructureRules;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.QueryParameters;
import io.javalin.http.Context;
import java.util.Set;

/**
 * {@code /api/v1/parenting-rules}: which kinds may sit below which. Reading needs {@code infra:read};
 * replacing needs {@code admin}, since the rules bind every writer of the installation: they are
 * configuration, not inventory. Public only so that the server in the parent package can mount it.
 */
public final class ParentingRulesRoutes {

    static final String BASE_PATH = "/api/v1/parenting-rules";

    private final InfrastructureRules rules;
    private final JsonBodies bodies;

    public ParentingRulesRoutes(InfrastructureRules rules, ObjectMapper mapper) {
        this.rules = requireNonNull(rules, "rules is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(BASE_PATH, () -> {
            get(this::show, RequiredScope.INFRA_READ);
            put(this::replace, RequiredScope.ADMIN);
        });
    }

    private void show(Context ctx) {
        ctx.json(ParentingRulesBody.from(rules.parentingRules()));
    }

    /** {@code force=true} replaces the rules even when existing components break them. */
    private void replace(Context ctx) throws JsonProcessingException {
        boolean force = QueryParameters.of(ctx.queryParamMap(), Set.of("force")).flag("force");
        ParentingRulesBody body = bodies.read(ctx, ParentingRulesBody.class);
        ctx.json(ParentingRulesBody.from(rules.replaceParentingRules(body.toRules(), force)));
    }
}
