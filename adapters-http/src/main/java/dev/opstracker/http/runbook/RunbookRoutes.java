package dev.opstracker.http.runbook;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.runbook.RunbookFilter;
import dev.opstracker.application.runbook.RunbookService;
import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.http.security.BearerAuth;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.ItemsResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Set;

/**
 * Runbooks learnt from finished work, over {@link RunbookService}; the author of a version is the
 * calling token's name, as is who decides a drift. Reads need {@code runbooks:read}; generating, restoring and deciding
 * a drift {@code runbooks:write}.
 * <ul>
 *   <li>{@code POST /api/v1/runbooks} {@code {"title", "taskIds": [...]}} or {@code {"title", "filter": {"alert", "components", "days"}}}:
 *       201 with {@code slug} and {@code version}, Location the runbook; 400 naming the field, 404 for an unknown task.</li>
 *   <li>{@code GET /api/v1/runbooks}: {@code {"items": [...]}} by slug.</li>
 *   <li>{@code GET /api/v1/runbooks/{slug}}: the current version as {@code Accept}s: {@code text/markdown} (Runme),
 *       {@code application/yaml} (a Rundeck job outline) or {@code application/json} (the default, schema tracker.runbook/v1).</li>
 *   <li>{@code GET /api/v1/runbooks/{slug}/versions}: {@code {"items": [...]}} newest first;
 *       {@code /diff?from=&to=}: a unified diff as text; {@code POST /restore} {@code {"version"}}: 201 with the new version,
 *       recorded in the audit log.</li>
 *   <li>{@code GET /api/v1/runbooks/{slug}/drift?task=N}: how finished task N, which followed the runbook, went another way:
 *       {@code {"summary", "diff", "added", "skipped", "failed", "currentVersion", "taskId"}}; nothing is saved.
 *       {@code POST /drift} {@code {"taskId": N}} accepts it: 201 with the new version, and the review is recorded ACCEPTED.
 *       {@code POST /drift/reject} {@code {"taskId": N, "reason"}} (reason optional, at most 500 characters) rejects it:
 *       200 with the review, recorded REJECTED; no version is saved. A drift is decided once: deciding it again is a 409
 *       naming who decided it, how and when.</li>
 *   <li>{@code GET /api/v1/runbooks/{slug}/proposals}: {@code {"items": [{"taskId", "basedOnVersion", "summary", "status",
 *       "proposedAt", "decidedBy", "decidedAt", "reason", "acceptedVersion"}]}}, newest first: the drift proposed when a task
 *       the runbook was attached to closed DONE having gone another way (PENDING until decided), and drift decided on demand.</li>
 *   <li>{@code GET /api/v1/tasks/{id}/runbooks}: {@code {"items": [...]}}, the runbooks suggested for the task, by slug.</li>
 * </ul>
 * Public only so that the server in the parent package can mount it.
 */
public final class RunbookRoutes {

    static final String PATH = "/api/v1/runbooks";
    private static final String TASKS_PATH = "/api/v1/tasks";
    private static final int MAX_DAYS = 3_650;

    private final RunbookService runbooks;
    private final InstantSource clock;
    private final JsonBodies bodies;

    public RunbookRoutes(RunbookService runbooks, InstantSource clock, ObjectMapper mapper) {
        this.runbooks = requireNonNull(runbooks, "runbooks is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(PATH, () -> {
            post(this::create, RequiredScope.RUNBOOKS_WRITE);
            get(this::list, RequiredScope.RUNBOOKS_READ);
            path("{slug}", () -> {
                get(this::show, RequiredScope.RUNBOOKS_READ);
                get("versions", this::versions, RequiredScope.RUNBOOKS_READ);
                get("diff", this::diff, RequiredScope.RUNBOOKS_READ);
                post("restore", this::restore, RequiredScope.RUNBOOKS_WRITE);
                get("drift", this::drift, RequiredScope.RUNBOOKS_READ);
                post("drift", this::acceptDrift, RequiredScope.RUNBOOKS_WRITE);
                post("drift/reject", this::rejectDrift, RequiredScope.RUNBOOKS_WRITE);
                get("proposals", this::proposals, RequiredScope.RUNBOOKS_READ);
            });
        });
        path(TASKS_PATH + "/{id}/runbooks", () -> get(this::suggested, RequiredScope.RUNBOOKS_READ));
    }

    private void suggested(Context ctx) {
        QueryParameters.only(ctx.queryParamMap(), Set.of());
        TaskId task = TaskId.parse(ctx.pathParam("id"));
        ctx.json(new ItemsResponse<>(runbooks.suggestedFor(task).stream().map(RunbookSummaryResponse::from).toList()));
    }

    private void drift(Context ctx) {
        QueryParameters query = QueryParameters.only(ctx.queryParamMap(), Set.of("task"));
        String task = query.single("task");
        if (task == null || task.isBlank()) {
            throw new DomainException.InvalidInput("task", task, "the finished task that followed the runbook, such as ?task=12");
        }
        ctx.json(DriftResponse.from(runbooks.drift(slug(ctx), TaskId.parse(task))));
    }

    private void acceptDrift(Context ctx) throws JsonProcessingException {
        AcceptDriftRequest request = bodies.read(ctx, AcceptDriftRequest.class);
        if (request.taskId() == null) {
            throw new DomainException.InvalidInput("taskId", null, "the finished task whose drift to accept, such as 12");
        }
        created(ctx, runbooks.acceptDrift(slug(ctx), TaskId.of(request.taskId()), BearerAuth.caller(ctx).name()));
    }

    private void rejectDrift(Context ctx) throws JsonProcessingException {
        RejectDriftRequest request = bodies.read(ctx, RejectDriftRequest.class);
        if (request.taskId() == null) {
            throw new DomainException.InvalidInput("taskId", null, "the finished task whose drift to reject, such as 12");
        }
        DriftReview rejected = runbooks.rejectDrift(slug(ctx), TaskId.of(request.taskId()), BearerAuth.caller(ctx).name(), request.reason());
        ctx.json(DriftReviewResponse.from(rejected));
    }

    private void proposals(Context ctx) {
        QueryParameters.only(ctx.queryParamMap(), Set.of());
        ctx.json(new ItemsResponse<>(runbooks.reviews(slug(ctx)).stream().map(DriftReviewResponse::from).toList()));
    }

    private void create(Context ctx) throws JsonProcessingException {
        CreateRunbookRequest request = bodies.read(ctx, CreateRunbookRequest.class);
        String author = BearerAuth.caller(ctx).name();
        boolean named = request.taskIds() != null && !request.taskIds().isEmpty();
        if (named == (request.filter() != null)) {
            throw new DomainException.InvalidInput("taskIds", request.taskIds(), "give either taskIds or a filter");
        }
        RunbookVersion version = named
                ? runbooks.generate(request.title(), request.taskIds().stream().map(TaskId::of).toList(), author)
                : runbooks.generate(request.title(), filter(request.filter()), author);
        created(ctx, version);
    }

    private RunbookFilter filter(CreateRunbookRequest.Filter filter) {
        Integer days = filter.days();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new DomainException.InvalidInput("filter.days", days, "a number of days from 1 to " + MAX_DAYS);
        }
        return new RunbookFilter(filter.alert(), filter.components(), days == null ? null : clock.instant().minus(Duration.ofDays(days)));
    }

    private void list(Context ctx) {
        QueryParameters.only(ctx.queryParamMap(), Set.of());
        ctx.json(new ItemsResponse<>(runbooks.list().stream().map(RunbookSummaryResponse::from).toList()));
    }

    private void show(Context ctx) {
        RunbookSlug slug = slug(ctx);
        String accept = ctx.header(Header.ACCEPT) == null ? "" : ctx.header(Header.ACCEPT).toLowerCase(Locale.ROOT);
        if (accept.contains("text/markdown")) {
            ctx.contentType("text/markdown; charset=utf-8").result(runbooks.render(slug, RunbookDocuments.Form.MARKDOWN));
        } else if (accept.contains("yaml")) {
            ctx.contentType("application/yaml; charset=utf-8").result(runbooks.render(slug, RunbookDocuments.Form.RUNDECK_YAML));
        } else {
            ctx.contentType("application/json; charset=utf-8").result(runbooks.render(slug, RunbookDocuments.Form.JSON));
        }
    }

    private void versions(Context ctx) {
        ctx.json(new ItemsResponse<>(runbooks.versions(slug(ctx)).stream().map(RunbookVersionResponse::from).toList()));
    }

    private void diff(Context ctx) {
        QueryParameters query = QueryParameters.only(ctx.queryParamMap(), Set.of("from", "to"));
        ctx.contentType("text/x-diff; charset=utf-8").result(runbooks.diff(slug(ctx), number("from", query.single("from")),
                number("to", query.single("to"))));
    }

    private void restore(Context ctx) throws JsonProcessingException {
        RestoreRequest request = bodies.read(ctx, RestoreRequest.class);
        if (request.version() == null) {
            throw new DomainException.InvalidInput("version", null, "the version to restore, such as 2");
        }
        created(ctx, runbooks.restore(slug(ctx), request.version(), BearerAuth.actor(ctx)));
    }

    private static void created(Context ctx, RunbookVersion version) {
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, PATH + "/" + version.slug()).json(RunbookVersionResponse.from(version));
    }

    private static RunbookSlug slug(Context ctx) {
        return new RunbookSlug(ctx.pathParam("slug"));
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput(field, text, "a version number such as 1");
        }
    }

    /** The body of {@code POST /restore}. */
    record RestoreRequest(@JsonProperty("version") Integer version) {
    }

    /** The body of {@code POST /drift}. */
    record AcceptDriftRequest(@JsonProperty("taskId") Long taskId) {
    }

    /** The body of {@code POST /drift/reject}; the reason is optional. */
    record RejectDriftRequest(@JsonProperty("taskId") Long taskId, @JsonProperty("reason") String reason) {
    }
}
