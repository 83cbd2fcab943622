package dev.opstracker.http.alert;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.Timestamps;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Set;

/**
 * What arrived, read back (alerts:read): {@code GET /api/v1/alerts/incidents?since=}, the problems seen since
 * an instant, {@code GET /api/v1/alerts/pending}, the problems kept until their rule's threshold is reached, and {@code GET /api/v1/alerts/tasks/{id}/incidents}, the
 * member alerts of a task (a storm's task lists each problem that joined it).
 */
final class IncidentRoutes {

    private final AlertIntake intake;

    IncidentRoutes(AlertIntake intake) {
        this.intake = intake;
    }

    /** {@code ?since=} (an ISO-8601 instant, required): the incidents seen since then, oldest first, paged. */
    private void seenSince(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx.queryParamMap(), Set.of("since"));
        Instant since = Timestamps.parseOptional("since", parameters.single("since"));
        if (since == null) {
            throw new DomainException.InvalidInput("since", null, "the instant to list incidents seen from, such as 2026-12-07T08:00:00Z");
        }
        ctx.json(IncidentResponse.Listing.from(intake.seenSince(since, parameters.page())));
    }

    /** Declares the routes inside the alerts path. */
    void addEndpoints() {
        get("pending", ctx -> ctx.json(IncidentResponse.Listing.from(intake.pending(QueryParameters.of(ctx.queryParamMap(), Set.of()).page()))),
                RequiredScope.ALERTS_READ);
        get("incidents", this::seenSince, RequiredScope.ALERTS_READ);
        get("tasks/{id}/incidents", ctx -> ctx.json(IncidentResponse.Listing.of(intake.incidentsOf(TaskId.parse(ctx.pathParam("id"))))),
                RequiredScope.ALERTS_READ);
    }
}
