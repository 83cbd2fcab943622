package dev.opstracker.http.task;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.infra.StartedWork;
import dev.opstracker.application.infra.WorkConflicts;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.task.UpdateTaskCommand;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.http.security.BearerAuth;
import dev.opstracker.http.security.ClientBinding;
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
 * {@code /api/v1/tasks}: each handler parses the request, calls one {@link TaskService} use case
 * and maps the result. A token limited to one client reads that client's tasks only ({@link ClientBinding}).
 * Public only so that the server in the parent package can mount it.
 */
public final class TaskRoutes {

    static final String BASE_PATH = "/api/v1/tasks";

    private final TaskService tasks;
    private final WorkConflicts work;
    private final JsonBodies bodies;

    public TaskRoutes(TaskService tasks, WorkConflicts work, ObjectMapper mapper) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.work = requireNonNull(work, "work is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(BASE_PATH, () -> {
            post(this::create, RequiredScope.TASKS_WRITE);
            get(this::list, RequiredScope.TASKS_READ);
            path("{id}", () -> {
                get(this::show, RequiredScope.TASKS_READ);
                patch(this::edit, RequiredScope.TASKS_WRITE);
                delete(this::remove, RequiredScope.TASKS_WRITE);
                post("status", this::changeStatus, RequiredScope.TASKS_WRITE);
                get("history", this::history, RequiredScope.TASKS_READ);
            });
        });
    }

    private void create(Context ctx) throws JsonProcessingException {
        Task task = tasks.create(bodies.read(ctx, CreateTaskRequest.class).toDetails());
        ctx.header(Header.LOCATION, BASE_PATH + "/" + task.id());
        respond(ctx.status(HttpStatus.CREATED), task);
    }

    /** A token limited to one client lists that client's tasks only, and naming another client is a 403. */
    private void list(Context ctx) {
        TaskQuery query = TaskQuery.from(ctx.queryParamMap());
        TaskFilter filter = query.filter().withClient(ClientBinding.restrict(ctx, query.filter().client(), "client"));
        ctx.json(TaskListResponse.from(tasks.list(filter, query.page())));
    }

    private void show(Context ctx) {
        respond(ctx, ClientBinding.visible(ctx, tasks.get(id(ctx))));
    }

    private void edit(Context ctx) throws JsonProcessingException {
        TaskId id = id(ctx);
        OptionalLong expectedVersion = EntityTags.requiredIfMatch(ctx);
        UpdateTaskCommand command = new UpdateTaskCommand(id, expectedVersion, TaskMergePatch.read(bodies.readMergePatch(ctx)));
        respond(ctx, tasks.update(command));
    }

    private void remove(Context ctx) {
        tasks.delete(id(ctx), EntityTags.optionalIfMatch(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /**
     * Starting work (to IN_PROGRESS) also reports the other work in progress on the same components,
     * or with {@code strict=true} is refused when there is any; other moves answer the task alone.
     * The conflicts, and strict mode, are for tokens that also hold {@code infra:read}.
     */
    private void changeStatus(Context ctx) throws JsonProcessingException {
        TaskId id = id(ctx);
        boolean strict = QueryParameters.of(ctx.queryParamMap(), Set.of("strict")).flag("strict");
        ChangeStatusRequest request = bodies.read(ctx, ChangeStatusRequest.class);
        TaskStatus status = TaskStatus.parse("status", request.status());
        OptionalLong expectedVersion = EntityTags.optionalIfMatch(ctx);
        if (strict) {
            BearerAuth.requireScope(ctx, Scope.INFRA_READ);
        }
        // Conflicts name components' paths: only a caller who may read the infrastructure sees them.
        if (status == TaskStatus.IN_PROGRESS && BearerAuth.callerMay(ctx, Scope.INFRA_READ)) {
            StartedWork started = work.start(id, request.note(), expectedVersion, strict);
            ctx.header(Header.ETAG, EntityTags.of(started.task().version())).json(StartedWorkResponse.from(started));
            return;
        }
        respond(ctx, tasks.changeStatus(new ChangeTaskStatusCommand(id, status, request.note(), expectedVersion)));
    }

    private void history(Context ctx) {
        TaskId id = id(ctx);
        PageRequest page = QueryParameters.of(ctx.queryParamMap(), Set.of()).page();
        ClientBinding.requireVisible(ctx, id, tasks::get);
        ctx.json(HistoryResponse.from(tasks.history(id, page)));
    }

    private static TaskId id(Context ctx) {
        return TaskId.parse(ctx.pathParam("id"));
    }

    private static void respond(Context ctx, Task task) {
        ctx.header(Header.ETAG, EntityTags.of(task.version())).json(TaskResponse.from(task));
    }
}
