package dev.opstracker.http.time;

import static io.javalin.apibuilder.ApiBuilder.get;
import static java.util.Objects.requireNonNull;

import dev.opstracker.application.time.OperationsCostReport;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.http.security.BearerAuth;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.QueryParameters;
import dev.opstracker.http.shared.ItemsResponse;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/v1/reports/operations?components=kind:cluster&from=&to=&tz=}: the operations cost
 * report, a row per component the filter matches (at most 500, in tree order) with the work on it
 * and below it. Needs {@code billing:read}; it spans every client, so a token limited to one client
 * is refused (403). 400 names a bad or missing parameter. Each report is recorded in the audit log as data exported.
 * Public only so that the server in the parent package can mount it.
 */
public final class OperationsCostRoutes {

    static final String PATH = "/api/v1/reports/operations";
    private static final Set<String> NAMES = Set.of("components", "from", "to", "tz");

    private final OperationsCostReport report;

    public OperationsCostRoutes(OperationsCostReport report) {
        this.report = requireNonNull(report, "report is null");
    }

    /** Declares the routes; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        get(PATH, this::operations, RequiredScope.BILLING_READ);
    }

    private void operations(Context ctx) {
        QueryParameters query = QueryParameters.only(ctx.queryParamMap(), NAMES);
        if (BearerAuth.caller(ctx).client() != null) {
            throw new DomainException.Forbidden(Scope.BILLING_READ.wireName(), "the operations cost report spans every client; this token is limited to "
                    + BearerAuth.caller(ctx).client());
        }
        ZoneId zone = Zones.parseOrDefault("tz", query.single("tz"));
        ComponentQuery nodes = ReportQuery.components(query.single("components"));
        if (nodes == null) {
            throw new DomainException.InvalidInput("components", null, "the nodes to report on in the filter language, such as kind:cluster");
        }
        TimeRange range = new TimeRange(ReportQuery.boundary("from", query.single("from"), zone), ReportQuery.boundary("to", query.single("to"), zone));
        List<NodeCostResponse> items = report.report(BearerAuth.actor(ctx), nodes, range, zone).stream().map(NodeCostResponse::from).toList();
        ctx.json(new ItemsResponse<>(items));
    }
}
