package dev.opstracker.http.infra;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.infra.InfrastructureRules;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.KindDefinition;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.JsonBodies;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;

/**
 * {@code /api/v1/component-kinds}: the kinds components may have. Registering and unregistering
 * need {@code infra:write}, like any inventory change: unregistering is refused while anything uses the kind.
 * Public only so that the server in the parent package can mount it.
 */
public final class ComponentKindRoutes {

    static final String BASE_PATH = "/api/v1/component-kinds";

    private final InfrastructureRules rules;
    private final JsonBodies bodies;

    public ComponentKindRoutes(InfrastructureRules rules, ObjectMapper mapper) {
        this.rules = requireNonNull(rules, "rules is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(BASE_PATH, () -> {
            get(this::list, RequiredScope.INFRA_READ);
            post(this::register, RequiredScope.INFRA_WRITE);
            path("{name}", () -> delete(this::unregister, RequiredScope.INFRA_WRITE));
        });
    }

    private void list(Context ctx) {
        ctx.json(KindResponse.Items.from(rules.kinds()));
    }

    /** The body calls it {@code name}: an error names that field, not the domain's {@code kind}. */
    private static ComponentKind kindNamed(String name) {
        try {
            return ComponentKind.parse(name);
        } catch (DomainException.InvalidInput invalid) {
            throw invalid.renamed("name");
        }
    }

    private void register(Context ctx) throws JsonProcessingException {
        KindRequest request = bodies.read(ctx, KindRequest.class);
        KindDefinition kind = rules.registerKind(kindNamed(request.name()), request.description());
        ctx.header(Header.LOCATION, BASE_PATH + "/" + kind.kind().name());
        ctx.status(HttpStatus.CREATED).json(KindResponse.from(kind));
    }

    private void unregister(Context ctx) {
        rules.unregisterKind(ComponentKind.parse(ctx.pathParam("name")));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
