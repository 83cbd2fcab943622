package dev.opstracker.http.infra;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.UpdateComponentCommand;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentChanges;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.EntityTags;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.QueryParameters;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code /api/v1/components}: each handler parses the request, calls the {@link InfrastructureService}
 * and maps the result. Public only so that the server in the parent package can mount it.
 */
public final class ComponentRoutes {

    static final String BASE_PATH = "/api/v1/components";

    private final InfrastructureService infrastructure;
    private final JsonBodies bodies;

    public ComponentRoutes(InfrastructureService infrastructure, ObjectMapper mapper) {
        this.infrastructure = requireNonNull(infrastructure, "infrastructure is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(BASE_PATH, () -> {
            post(this::create, RequiredScope.INFRA_WRITE);
            get(this::list, RequiredScope.INFRA_READ);
            path("{id}", () -> {
                get(this::show, RequiredScope.INFRA_READ);
                patch(this::edit, RequiredScope.INFRA_WRITE);
                delete(this::remove, RequiredScope.INFRA_WRITE);
            });
        });
    }

    private void create(Context ctx) throws JsonProcessingException {
        Component component = infrastructure.create(bodies.read(ctx, CreateComponentRequest.class).toCommand());
        ctx.header(Header.LOCATION, BASE_PATH + "/" + component.id());
        respond(ctx.status(HttpStatus.CREATED), component);
    }

    private void list(Context ctx) {
        ComponentSearch search = ComponentSearch.from(ctx.queryParamMap());
        ctx.json(search.byPath()
                ? ComponentListResponse.of(infrastructure.getByPath(search.path()))
                : ComponentListResponse.from(infrastructure.search(search.query(), search.page())));
    }

    private void show(Context ctx) {
        respond(ctx, infrastructure.get(id(ctx)));
    }

    private void edit(Context ctx) throws JsonProcessingException {
        ComponentId id = id(ctx);
        OptionalLong expectedVersion = EntityTags.requiredIfMatch(ctx);
        ComponentChanges changes = ComponentMergePatch.read(bodies.readMergePatch(ctx));
        respond(ctx, infrastructure.update(new UpdateComponentCommand(id, expectedVersion, changes)));
    }

    /** {@code force=true} deletes even with open tasks linked; an If-Match, when given, must name the current version. */
    private void remove(Context ctx) {
        ComponentId id = id(ctx);
        boolean force = QueryParameters.of(ctx.queryParamMap(), Set.of("force")).flag("force");
        infrastructure.delete(id, EntityTags.optionalIfMatch(ctx), force);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    static ComponentId id(Context ctx) {
        return ComponentIds.pathParameter(ctx, "id");
    }

    /** A single component is shown with its effective tags, read after the write that produced it. */
    private void respond(Context ctx, Component component) {
        ComponentResponse body = ComponentResponse.from(component, infrastructure.facts(component.id()));
        ctx.header(Header.ETAG, EntityTags.of(component.version())).json(body);
    }
}
