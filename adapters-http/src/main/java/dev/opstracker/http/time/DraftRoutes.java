package dev.opstracker.http.time;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.time.DraftEdit;
import dev.opstracker.application.time.DraftEntry;
import dev.opstracker.application.time.DraftTimesheets;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.http.security.ClientBinding;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.Timestamps;
import dev.opstracker.http.shared.ItemsResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Draft timesheets over HTTP, for the user of the token (another only for an admin):
 * <ul>
 *   <li>{@code GET /api/v1/time/drafts?day=2026-11-25&tz=Europe/Berlin} (time:read): 200 {@code {"items":[...]}},
 *       the entries the day's evidence proposes, none stored.</li>
 *   <li>{@code POST /api/v1/time/drafts} (time:write) with the day, zone and the drafts to accept by task, edited or
 *       not: 201 {@code {"items":[...entries]}}. The drafts are proposed again from the evidence, so what is recorded
 *       is what the evidence shows unless the person changed it; a task with no draft that day is a 404, an overlap
 *       a 409 naming the entries accepted before it.</li>
 * </ul>
 * Public only so that the server in the parent package can mount it.
 */
public final class DraftRoutes {

    static final String PATH = TimeRoutes.BASE_PATH + "/drafts";

    private final DraftTimesheets drafts;
    private final InstantSource clock;
    private final JsonBodies bodies;

    public DraftRoutes(DraftTimesheets drafts, InstantSource clock, ObjectMapper mapper) {
        this.drafts = requireNonNull(drafts, "drafts is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.bodies = new JsonBodies(requireNonNull(mapper, "mapper is null"));
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        get(PATH, this::propose, RequiredScope.TIME_READ);
        post(PATH, this::accept, RequiredScope.TIME_WRITE);
    }

    private void propose(Context ctx) {
        QueryParameters query = QueryParameters.only(ctx.queryParamMap(), Set.of("day", "tz", TimeUsers.FIELD));
        String user = TimeUsers.actingFor(ctx, query.single(TimeUsers.FIELD));
        ZoneId zone = Zones.parseOrDefault("tz", query.single("tz"));
        List<DraftEntry> proposed = drafts.propose(user, day(query.single("day")), zone).stream()
                .filter(draft -> ClientBinding.sees(ctx, draft.client())).toList();
        ctx.json(new ItemsResponse<>(proposed.stream().map(DraftResponse::from).toList()));
    }

    private void accept(Context ctx) throws JsonProcessingException {
        ClientBinding.refuseWrites(ctx);
        AcceptDraftsRequest request = bodies.read(ctx, AcceptDraftsRequest.class);
        String user = TimeUsers.actingFor(ctx, request.user());
        ZoneId zone = Zones.parseOrDefault("tz", request.tz());
        if (request.items() == null || request.items().isEmpty()) {
            throw new DomainException.InvalidInput("items", null, "the drafts to accept, each naming its taskId");
        }
        List<DraftEdit> edits = new ArrayList<>();
        for (int index = 0; index < request.items().size(); index++) {
            String where = "items[%d]".formatted(index);
            AcceptDraftsRequest.Item item = request.items().get(index);
            if (item == null) {
                throw new DomainException.InvalidInput(where, null, "expected a draft object naming its taskId");
            }
            edits.add(new DraftEdit(TaskIds.required(where + ".taskId", item.taskId()), Timestamps.parseOptional(where + ".start", item.start()),
                    Timestamps.parseOptional(where + ".end", item.end()), item.activity() == null ? null : activity(where + ".activity", item.activity())));
        }
        Instant now = clock.instant();
        List<TimeEntry> accepted = drafts.accept(user, day(request.day()), zone, edits);
        ctx.status(HttpStatus.CREATED).json(new ItemsResponse<>(accepted.stream().map(entry -> TimeEntryResponse.from(entry, now)).toList()));
    }

    private static Activity activity(String field, String text) {
        try {
            return Activity.parse(text);
        } catch (DomainException.InvalidInput invalid) {
            throw invalid.renamed(field);
        }
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput("day", text, "the day to draft, such as 2026-11-25");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new DomainException.InvalidInput("day", text, "a date such as 2026-11-25");
        }
    }
}
