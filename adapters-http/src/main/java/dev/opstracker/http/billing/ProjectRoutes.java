package dev.opstracker.http.billing;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Project;
import dev.opstracker.http.security.ClientBinding;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.ItemsResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * {@code /api/v1/projects}: the projects of clients, over {@link BillingAccounts}; reads need
 * {@code billing:read}, changes {@code admin}.
 * <ul>
 *   <li>{@code POST /} 201 with Location {@code /api/v1/projects/{client}/{code}}; 404 unknown client; 409 when the client
 *       has a project with the code; 400 naming the field (a rate in another currency than the client's among them).</li>
 *   <li>{@code GET /?client=} 200 {@code {"items": [...]}}, by client then code; 404 unknown client.</li>
 *   <li>{@code GET /{client}/{code}} 200; 404 unknown.</li>
 * </ul>
 * Public only so that the server in the parent package can mount it.
 */
public final class ProjectRoutes {

    static final String BASE_PATH = "/api/v1/projects";

    private final BillingAccounts billing;
    private final JsonBodies bodies;

    public ProjectRoutes(BillingAccounts billing, ObjectMapper mapper) {
        this.billing = requireNonNull(billing, "billing is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(BASE_PATH, () -> {
            post(this::create, RequiredScope.ADMIN);
            get(this::list, RequiredScope.BILLING_READ);
            get("{client}/{code}", this::show, RequiredScope.BILLING_READ);
        });
    }

    private void create(Context ctx) throws JsonProcessingException {
        CreateProjectRequest request = bodies.read(ctx, CreateProjectRequest.class);
        Project project = billing.createProject(request.toCommand(billing.client(BillingFields.requiredCode("client", request.client()))));
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, BASE_PATH + "/" + project.client() + "/" + project.code())
                .json(ProjectResponse.from(project));
    }

    private void list(Context ctx) {
        String client = QueryParameters.only(ctx.queryParamMap(), Set.of("client")).single("client");
        BillingCode visible = ClientBinding.restrict(ctx, BillingCode.parseOptional("client", client), "client");
        ctx.json(new ItemsResponse<>(billing.projects(visible).stream().map(ProjectResponse::from).toList()));
    }

    private void show(Context ctx) {
        BillingCode client = BillingFields.requiredCode("client", ctx.pathParam("client"));
        BillingCode code = BillingFields.requiredCode("code", ctx.pathParam("code"));
        if (!ClientBinding.sees(ctx, client)) {
            throw new DomainException.NotFound("project", client + "/" + code);
        }
        Project project = billing.project(client, code);
        ctx.json(ProjectResponse.from(project));
    }
}
