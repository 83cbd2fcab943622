package dev.opstracker.http.infra;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.infra.LinkOutcome;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.http.security.ClientBinding;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.QueryParameters;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * Links between tasks and components, both ways: {@code /api/v1/tasks/{id}/components} (task
 * scopes) and {@code /api/v1/components/{id}/tasks} (infrastructure scopes). A token limited to one
 * client sees the components of that client's tasks only. Public only so that the server in the parent
 * package can mount it.
 */
public final class TaskLinkRoutes {

    private static final String COMPONENTS_OF_TASK = "/api/v1/tasks/{id}/components";

    private final TaskLinkService links;
    private final TaskService tasks;
    private final JsonBodies bodies;

    public TaskLinkRoutes(TaskLinkService links, TaskService tasks, ObjectMapper mapper) {
        this.links = requireNonNull(links, "links is null");
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(COMPONENTS_OF_TASK, () -> {
            post(this::link, RequiredScope.TASKS_WRITE);
            get(this::componentsOfTask, RequiredScope.TASKS_READ);
            delete("{componentId}", this::unlink, RequiredScope.TASKS_WRITE);
        });
        get(ComponentRoutes.BASE_PATH + "/{id}/tasks", this::tasksOfComponent, RequiredScope.INFRA_READ);
    }

    /** 201 for a new link, 200 when the task was linked to the component in that role already (linking is idempotent). */
    private void link(Context ctx) throws JsonProcessingException {
        TaskId taskId = taskId(ctx);
        LinkComponentRequest request = bodies.read(ctx, LinkComponentRequest.class);
        ComponentId componentId = ComponentIds.required("componentId", request.componentId());
        LinkOutcome outcome = links.link(taskId, componentId, LinkRole.parse(request.role()));
        HttpStatus status = switch (outcome) {
            case LinkOutcome.Linked linked -> HttpStatus.CREATED;
            case LinkOutcome.AlreadyLinked existing -> HttpStatus.OK;
        };
        ctx.status(status).json(TaskLinkResponse.from(outcome.link()));
    }

    private void componentsOfTask(Context ctx) {
        TaskId taskId = taskId(ctx);
        PageRequest page = QueryParameters.of(ctx.queryParamMap(), Set.of()).page();
        ClientBinding.requireVisible(ctx, taskId, tasks::get);
        ctx.json(TaskLinkPageResponse.from(links.componentsOfTask(taskId, page)));
    }

    /** {@code role} is required: a task may be linked to one component in several roles. */
    private void unlink(Context ctx) {
        TaskId taskId = taskId(ctx);
        ComponentId componentId = ComponentIds.pathParameter(ctx, "componentId");
        LinkRole role = LinkRole.parse(QueryParameters.of(ctx.queryParamMap(), Set.of("role")).single("role"));
        if (!links.unlink(taskId, componentId, role)) {
            throw new DomainException.NotFound("link", "of task %s to component %s as %s".formatted(taskId, componentId, role.wireName()));
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void tasksOfComponent(Context ctx) {
        ComponentId componentId = ComponentRoutes.id(ctx);
        QueryParameters parameters = QueryParameters.of(ctx.queryParamMap(), Set.of("subtree"));
        ctx.json(TaskLinkPageResponse.from(links.tasksOfComponent(componentId, parameters.flag("subtree"), parameters.page())));
    }

    private static TaskId taskId(Context ctx) {
        return TaskId.parse(ctx.pathParam("id"));
    }
}
