package dev.opstracker.http.time;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.time.ListedEntries;
import dev.opstracker.application.time.TimeTracking;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryId;
import dev.opstracker.domain.time.TimeEntryStore;
import dev.opstracker.http.security.ClientBinding;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.EntityTags;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.Timestamps;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code /api/v1/time}: timers and time entries over {@link TimeTracking}, each handler parsing the
 * request, calling one use case and mapping the result. The user is the calling token's name
 * ({@link TimeUsers}); reads need {@code time:read}, changes {@code time:write}.
 * <ul>
 *   <li>{@code POST /start} 201: the started entry, with {@code stopped} when it stopped the user's previous timer; 404 unknown task.</li>
 *   <li>{@code POST /stop} 200: the stopped entry; 404 when no timer runs.</li>
 *   <li>{@code GET /current} 200: the running entry; 404 when no timer runs (a problem, not {@code {"running": null}}, so
 *       that "no timer" reads the same here as on {@code /stop}).</li>
 *   <li>{@code POST /entries} 201 with Location and ETag; 409 when it overlaps another entry of the user.</li>
 *   <li>{@code GET /entries?from=&to=&user=&client=&project=&task=&limit=} 200 {@code {"items", "truncated"}} by start: from
 *       and to required (instants, or dates meaning UTC midnight), limit 1 to 1000 (default 100); the caller's own entries,
 *       or for an admin everyone's unless one user is named.</li>
 *   <li>{@code GET|PATCH|DELETE /entries/{id}}: PATCH is a merge patch and PATCH and DELETE need If-Match (428 without, 412 stale).</li>
 *   <li>{@code POST /entries/{id}/split} and {@code /merge} 200; {@code GET /entries/{id}/overlaps} and {@code GET /suspicious} 200.</li>
 * </ul>
 * Reports are served by {@link ReportRoutes}. Public only so that the server in the parent package can mount it.
 */
public final class TimeRoutes {

    static final String BASE_PATH = "/api/v1/time";
    static final String ENTRIES_PATH = BASE_PATH + "/entries";

    private static final Set<String> LIST_PARAMETERS = Set.of(TimeUsers.FIELD, "from", "to", "client", "project", "task", "limit");

    private final TimeTracking time;
    private final InstantSource clock;
    private final JsonBodies bodies;

    /** {@code clock} is what a running entry's {@code durationSeconds} counts up to: the one {@code time} runs on. */
    public TimeRoutes(TimeTracking time, InstantSource clock, ObjectMapper mapper) {
        this.time = requireNonNull(time, "time is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        path(BASE_PATH, () -> {
            post("start", this::start, RequiredScope.TIME_WRITE);
            post("stop", this::stop, RequiredScope.TIME_WRITE);
            get("current", this::current, RequiredScope.TIME_READ);
            get("suspicious", this::suspicious, RequiredScope.TIME_READ);
            path("entries", () -> {
                get(this::list, RequiredScope.TIME_READ);
                post(this::add, RequiredScope.TIME_WRITE);
                path("{id}", () -> {
                    get(this::show, RequiredScope.TIME_READ);
                    patch(this::edit, RequiredScope.TIME_WRITE);
                    delete(this::remove, RequiredScope.TIME_WRITE);
                    post("split", this::split, RequiredScope.TIME_WRITE);
                    post("merge", this::merge, RequiredScope.TIME_WRITE);
                    get("overlaps", this::overlaps, RequiredScope.TIME_READ);
                });
            });
        });
    }

    private void start(Context ctx) throws JsonProcessingException {
        ClientBinding.refuseWrites(ctx);
        StartTimerRequest request = bodies.read(ctx, StartTimerRequest.class);
        String user = TimeUsers.actingFor(ctx, request.user());
        TimeEntryStore.Started started = time.start(TaskIds.required("taskId", request.taskId()), user,
                Zones.parseOrDefault("zone", request.zone()), Activity.parse(request.activity()));
        Instant now = now();
        TimeEntry entry = started.started();
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, location(entry)).header(Header.ETAG, EntityTags.of(entry.version()))
                .json(new StartedTimerResponse(TimeEntryResponse.from(entry, now),
                        started.stopped().map(stopped -> TimeEntryResponse.from(stopped, now)).orElse(null)));
    }

    private void stop(Context ctx) throws JsonProcessingException {
        ClientBinding.refuseWrites(ctx);
        StopTimerRequest request = ctx.body().isBlank() ? StopTimerRequest.NOW : bodies.read(ctx, StopTimerRequest.class);
        String user = TimeUsers.actingFor(ctx, request.user());
        respond(ctx, request.stopsAtLastActivity() ? time.stopAtLastActivity(user) : time.stop(user, Timestamps.parseOptional("at", request.at())));
    }

    private void current(Context ctx) {
        String user = TimeUsers.actingFor(ctx, QueryParameters.only(ctx.queryParamMap(), Set.of(TimeUsers.FIELD)).single(TimeUsers.FIELD));
        respond(ctx, time.current(user).filter(running -> ClientBinding.sees(ctx, running.details().client()))
                .orElseThrow(() -> new DomainException.NotFound("running timer of", user)));
    }

    /** An admin sees everyone's forgotten timers unless naming one user; anyone else sees their own. */
    private void suspicious(Context ctx) {
        String named = QueryParameters.only(ctx.queryParamMap(), Set.of(TimeUsers.FIELD)).single(TimeUsers.FIELD);
        boolean everyone = named == null && TimeUsers.isAdmin(ctx);
        String user = TimeUsers.actingFor(ctx, named);
        List<TimeEntry> suspicious = time.suspicious().stream().filter(entry -> everyone || entry.details().user().equals(user))
                .filter(entry -> ClientBinding.sees(ctx, entry.details().client())).toList();
        ctx.json(new TimeEntryListResponse(TimeEntryResponse.all(suspicious, now())));
    }

    private void list(Context ctx) {
        QueryParameters query = QueryParameters.only(ctx.queryParamMap(), LIST_PARAMETERS);
        String named = query.single(TimeUsers.FIELD);
        String user = named == null && TimeUsers.isAdmin(ctx) ? null : TimeUsers.actingFor(ctx, named);
        TimeRange range = new TimeRange(ReportQuery.boundary("from", query.single("from"), Zones.DEFAULT),
                ReportQuery.boundary("to", query.single("to"), Zones.DEFAULT));
        TaskId task = ReportQuery.task(query.single("task"));
        TimeEntryFilter filter = new TimeEntryFilter(range, ClientBinding.restrict(ctx, BillingCode.parseOptional("client", query.single("client")), "client"),
                BillingCode.parseOptional("project", query.single("project")), user, task == null ? null : Set.of(task));
        ListedEntries listed = time.list(filter, limit(query.single("limit")));
        ctx.json(new ListedEntriesResponse(TimeEntryResponse.all(listed.entries(), now()), listed.truncated()));
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return TimeTracking.DEFAULT_LIST_LIMIT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput("limit", text, "expected a whole number from 1 to " + TimeTracking.MAX_LIST_LIMIT);
        }
    }

    private void add(Context ctx) throws JsonProcessingException {
        ClientBinding.refuseWrites(ctx);
        AddEntryRequest request = bodies.read(ctx, AddEntryRequest.class);
        TimeEntry entry = time.add(request.toNewEntry(TimeUsers.actingFor(ctx, request.user())));
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, location(entry));
        respond(ctx, entry);
    }

    private void show(Context ctx) {
        respond(ctx, visible(ctx, id(ctx)));
    }

    private void edit(Context ctx) throws JsonProcessingException {
        ClientBinding.refuseWrites(ctx);
        TimeEntryId id = id(ctx);
        OptionalLong expectedVersion = EntityTags.requiredIfMatch(ctx);
        TimeEntry stored = visible(ctx, id);
        TimeEntryDetails changed = TimeEntryMergePatch.apply(stored.details(), bodies.readMergePatch(ctx));
        if (!changed.user().equals(stored.details().user())) {
            TimeUsers.actingFor(ctx, changed.user());
        }
        respond(ctx, time.edit(id, expectedVersion.orElse(stored.version()), changed));
    }

    /** Deleting recorded (often billable) time blind would lose others' edits, so If-Match is required as for PATCH. */
    private void remove(Context ctx) {
        ClientBinding.refuseWrites(ctx);
        TimeEntryId id = id(ctx);
        OptionalLong expectedVersion = EntityTags.requiredIfMatch(ctx);
        TimeEntry stored = visible(ctx, id);
        time.delete(id, expectedVersion.orElse(stored.version()));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Answers both parts by start; the ETag is that of the entry at the URL, which keeps the first part. If-Match is optional. */
    private void split(Context ctx) throws JsonProcessingException {
        ClientBinding.refuseWrites(ctx);
        TimeEntryId id = id(ctx);
        Instant at = bodies.read(ctx, SplitEntryRequest.class).instant();
        checkIfMatch(ctx, visible(ctx, id));
        List<TimeEntry> parts = time.split(id, at);
        ctx.header(Header.ETAG, EntityTags.of(parts.get(0).version())).json(new TimeEntryListResponse(TimeEntryResponse.all(parts, now())));
    }

    /**
     * Merges the entry at the URL with {@code with}, whichever of the two starts first keeping its id
     * (the other is deleted), so a client need not know their order. If-Match is optional and checks the entry at the URL.
     */
    private void merge(Context ctx) throws JsonProcessingException {
        ClientBinding.refuseWrites(ctx);
        TimeEntryId id = id(ctx);
        TimeEntryId otherId = bodies.read(ctx, MergeEntriesRequest.class).other();
        if (otherId.equals(id)) {
            throw new DomainException.InvalidInput("with", otherId, "an entry merges with another entry, not with itself");
        }
        TimeEntry entry = visible(ctx, id);
        TimeEntry other = visible(ctx, otherId);
        checkIfMatch(ctx, entry);
        respond(ctx, time.merge(entry.id(), other.id()));
    }

    private void overlaps(Context ctx) {
        TimeEntryId id = id(ctx);
        visible(ctx, id);
        List<TimeEntry> overlapping = time.overlapsOf(id).stream().filter(entry -> ClientBinding.sees(ctx, entry.details().client())).toList();
        ctx.json(new TimeEntryListResponse(TimeEntryResponse.all(overlapping, now())));
    }

    private TimeEntry visible(Context ctx, TimeEntryId id) {
        return TimeUsers.visible(ctx, time.get(id));
    }

    private static void checkIfMatch(Context ctx, TimeEntry stored) {
        OptionalLong expected = EntityTags.optionalIfMatch(ctx);
        if (expected.isPresent() && expected.getAsLong() != stored.version()) {
            throw DomainException.Conflict.staleVersion("time entry", stored.id(), expected.getAsLong(), stored.version());
        }
    }

    private static TimeEntryId id(Context ctx) {
        return TimeEntryId.parse(ctx.pathParam("id"));
    }

    private static String location(TimeEntry entry) {
        return ENTRIES_PATH + "/" + entry.id();
    }

    private void respond(Context ctx, TimeEntry entry) {
        ctx.header(Header.ETAG, EntityTags.of(entry.version())).json(TimeEntryResponse.from(entry, now()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
