package dev.opstracker.http.alert;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.QueryParameters;
import java.util.Set;

/**
 * What arrived, read back (alerts:read): {@code GET /api/v1/alerts/pending}, the problems kept
 * until their rule's threshold is reached, and {@code GET /api/v1/alerts/tasks/{id}/incidents}, the
 * member alerts of a task (a storm's task lists each problem that joined it).
 */
final class IncidentRoutes {

    private final AlertIntake intake;

    IncidentRoutes(AlertIntake intake) {
        this.intake = intake;
    }

    /** Declares the routes inside the alerts path. */
    void addEndpoints() {
        get("pending", ctx -> ctx.json(IncidentResponse.Listing.from(intake.pending(QueryParameters.of(ctx.queryParamMap(), Set.of()).page()))),
                RequiredScope.ALERTS_READ);
        get("tasks/{id}/incidents", ctx -> ctx.json(IncidentResponse.Listing.of(intake.incidentsOf(TaskId.parse(ctx.pathParam("id"))))),
                RequiredScope.ALERTS_READ);
    }
}
