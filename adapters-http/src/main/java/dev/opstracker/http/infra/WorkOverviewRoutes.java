package dev.opstracker.http.infra;

import static io.javalin.apibuilder.ApiBuilder.get;
import static java.util.Objects.requireNonNull;

import dev.opstracker.application.infra.WorkOverview;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.Timestamps;
import io.javalin.http.Context;
import java.util.Set;

/**
 * Where the work is, over the component filter {@code q}: {@code GET /api/v1/components:open-task-counts}
 * and {@code GET /api/v1/components:most-worked-on}. Both answer one limited list, most tasks first.
 * Public only so that the server in the parent package can mount it.
 */
public final class WorkOverviewRoutes {

    /** The colon form follows {@code :bulk}; Javalin matches it literally. */
    static final String OPEN_TASK_COUNTS_PATH = ComponentRoutes.BASE_PATH + ":open-task-counts";
    static final String MOST_WORKED_ON_PATH = ComponentRoutes.BASE_PATH + ":most-worked-on";
    private static final int DEFAULT_COUNTS = 50;
    private static final int DEFAULT_RANKED = 10;

    private final WorkOverview overview;

    public WorkOverviewRoutes(WorkOverview overview) {
        this.overview = requireNonNull(overview, "overview is null");
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        get(OPEN_TASK_COUNTS_PATH, this::openTaskCounts, RequiredScope.INFRA_READ);
        get(MOST_WORKED_ON_PATH, this::mostWorkedOn, RequiredScope.INFRA_READ);
    }

    private void openTaskCounts(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx.queryParamMap(), Set.of("q", "subtree"));
        int limit = parameters.unpagedLimit(DEFAULT_COUNTS, WorkOverview.MAX_COUNTS);
        ctx.json(WorkCountsResponse.from(overview.openTaskCounts(parameters.single("q"), parameters.flag("subtree"), limit)));
    }

    private void mostWorkedOn(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx.queryParamMap(), Set.of("q", "from", "to"));
        int limit = parameters.unpagedLimit(DEFAULT_RANKED, WorkOverview.MAX_RANKED);
        TimeRange range = new TimeRange(Timestamps.parseOptional("from", parameters.single("from")),
                Timestamps.parseOptional("to", parameters.single("to")));
        ctx.json(WorkCountsResponse.from(overview.mostWorkedOn(parameters.single("q"), range, limit)));
    }
}
