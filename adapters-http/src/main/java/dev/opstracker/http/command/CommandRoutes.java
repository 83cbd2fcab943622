package dev.opstracker.http.command;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.command.CommandHistory;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.http.security.BearerAuth;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.Timestamps;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Command runs over HTTP. Runs are recorded ({@code POST /api/v1/tasks/{id}/commands}), never
 * executed: execution exists only in the library. Metadata is shown masked; outputs are served
 * exactly to tokens with {@code commands:raw}, masked to the rest.
 */
public final class CommandRoutes {

    static final String BASE_PATH = "/api/v1/commands";
    private static final String OF_TASK = "/api/v1/tasks/{id}/commands";
    private static final Set<String> FILTERS = Set.of("task", "host", "user", "exit", "from", "to", "q");

    private final CommandCapture commands;
    private final CommandHistory history;
    private final CommandUploads uploads;

    public CommandRoutes(CommandCapture commands, CommandHistory history, ObjectMapper mapper) {
        this.commands = requireNonNull(commands, "commands is null");
        this.history = requireNonNull(history, "history is null");
        this.uploads = new CommandUploads(commands, requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        post(OF_TASK, uploads::record, RequiredScope.COMMANDS_WRITE);
        get(OF_TASK, this::ofTask, RequiredScope.COMMANDS_READ);
        get(BASE_PATH, this::search, RequiredScope.COMMANDS_READ);
        get("/api/v1/components/{id}/commands", this::ofComponent, RequiredScope.COMMANDS_READ);
        // Before {id}: "chain" is no run id.
        get(BASE_PATH + "/chain", this::verify, RequiredScope.ADMIN);
        get(BASE_PATH + "/{id}", ctx -> ctx.json(CommandRunResponse.from(commands.get(runId(ctx)))), RequiredScope.COMMANDS_READ);
        get(BASE_PATH + "/{id}/stdout", ctx -> OutputResponses.send(ctx, commands, runId(ctx), OutputChannel.STDOUT), RequiredScope.COMMANDS_READ);
        get(BASE_PATH + "/{id}/stderr", ctx -> OutputResponses.send(ctx, commands, runId(ctx), OutputChannel.STDERR), RequiredScope.COMMANDS_READ);
    }

    private void ofTask(Context ctx) {
        TaskId task = TaskId.parse(ctx.pathParam("id"));
        ctx.json(CommandRunResponse.Listing.from(commands.ofTask(task, QueryParameters.of(ctx.queryParamMap(), Set.of()).page())));
    }

    /** A component's history: the runs of the tasks linked to it, or with {@code subtree=true} to anything below it too. */
    private void ofComponent(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx.queryParamMap(), Set.of("subtree"));
        ctx.json(CommandRunResponse.Listing.from(history.of(ComponentId.parse(ctx.pathParam("id")), parameters.flag("subtree"), parameters.page())));
    }

    private void search(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx.queryParamMap(), FILTERS);
        Set<TaskId> tasks = parameters.listed("task").stream().map(TaskId::parse).collect(Collectors.toSet());
        CommandRunQuery query = new CommandRunQuery(tasks, parameters.single("host"), parameters.single("user"), parameters.single("exit"),
                Timestamps.parseOptional("from", parameters.single("from")), Timestamps.parseOptional("to", parameters.single("to")),
                parameters.single("q"));
        ctx.json(CommandRunResponse.Listing.from(commands.search(query, parameters.page())));
    }

    private void verify(Context ctx) {
        CommandRunStore.ChainReport report = commands.verify();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intact", report.intact());
        body.put("checked", report.checked());
        report.firstBreak().ifPresent(broken -> body.put("firstBreak", Map.of("runId", broken.runId().value(), "problem", broken.problem())));
        ctx.json(body);
    }

    private static CommandRunId runId(Context ctx) {
        return CommandRunId.parse(ctx.pathParam("id"));
    }

    /** Whether the caller may read outputs exactly as captured. */
    static boolean mayReadRaw(Context ctx) {
        return BearerAuth.callerMay(ctx, Scope.COMMANDS_RAW);
    }

    /** 201 with the stored run. */
    static void created(Context ctx, CommandRun run) throws IOException {
        ctx.status(HttpStatus.CREATED).header("Location", BASE_PATH + "/" + run.id()).json(CommandRunResponse.from(run));
    }
}
